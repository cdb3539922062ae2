package com.theogen.interview.internal;

import com.theogen.interview.MediaProperties;
import com.theogen.interview.internal.media.FfmpegTools;
import com.theogen.interview.internal.media.FileSystemMediaStore;
import com.theogen.interview.internal.media.MediaProbe;
import com.theogen.interview.internal.media.MediaStore;
import com.theogen.interview.internal.media.RecordingSplitter;
import com.theogen.shared.StorageProperties;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the FFmpeg tools and the media store ({@code theogen.media.*}). */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

    @Bean
    FfmpegTools ffmpegTools(MediaProperties properties) {
        return new FfmpegTools(properties);
    }

    @Bean
    MediaProbe mediaProbe(FfmpegTools tools) {
        return new MediaProbe(tools);
    }

    @Bean
    RecordingSplitter recordingSplitter(FfmpegTools tools) {
        return new RecordingSplitter(tools);
    }

    @Bean
    MediaStore mediaStore(MediaProperties properties, StorageProperties storage) {
        Path directory = properties.directory() == null
                        || properties.directory().toString().isBlank()
                ? storage.dataDir().resolve("media")
                : properties.directory();
        return new FileSystemMediaStore(directory);
    }

    @Bean
    MediaLinks mediaLinks(MediaProperties properties, StorageProperties storage) {
        return new MediaLinks(properties.linkTtl(), MediaLinks.loadOrCreateKey(storage.dataDir()));
    }
}
