package com.theogen.interview.internal.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.interview.InterviewFormat;
import com.theogen.interview.MediaError;
import com.theogen.shared.DomainException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Recognises a recording by its content with {@code ffprobe} (the file name plays no part: staged files carry no
 * extension), and accepts MP3, MP4/M4A (AAC or other audio), raw AAC (ADTS), WAV, Ogg (Opus, Vorbis) and
 * WebM/Matroska with at least one audio track.
 */
public final class MediaProbe {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FfmpegTools tools;

    public MediaProbe(FfmpegTools tools) {
        this.tools = tools;
    }

    /**
     * @param filename the client's name, for messages only
     * @throws DomainException {@link MediaError#MEDIA_UNREADABLE} when the content is no readable recording,
     *     {@link MediaError#MEDIA_UNSUPPORTED} when it is one in a format TheoGen does not take
     */
    public ProbedMedia probe(Path file, String filename) {
        FfmpegTools.Result result = tools.probe(
                List.of("-v", "error", "-print_format", "json", "-show_format", "-show_streams", file.toString()));
        if (!result.ok()) {
            throw MediaError.MEDIA_UNREADABLE.forFile(
                    filename, "the file is not a readable audio or video recording (damaged, incomplete or not media)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(result.stdout());
        } catch (IOException e) {
            throw MediaError.MEDIA_UNREADABLE.forFile(filename, "the recording's structure could not be read");
        }
        String container = root.path("format").path("format_name").asText("");
        JsonNode audio = null;
        boolean video = false;
        for (JsonNode stream : root.path("streams")) {
            String type = stream.path("codec_type").asText();
            if (type.equals("audio") && audio == null) {
                audio = stream;
            } else if (type.equals("video")
                    && stream.path("disposition").path("attached_pic").asInt() == 0) {
                video = true;
            }
        }
        InterviewFormat format = format(container, video);
        if (format == null) {
            throw MediaError.MEDIA_UNSUPPORTED.forFile(
                    filename,
                    "recordings in " + (container.isEmpty() ? "this format" : container)
                            + " are not supported; use mp3, m4a, aac, wav, ogg/opus, webm or mp4");
        }
        if (audio == null) {
            throw MediaError.MEDIA_UNSUPPORTED.forFile(filename, "the recording has no audio track");
        }
        long durationMs = millis(root.path("format").path("duration").asText(""));
        if (durationMs <= 0) {
            durationMs = millis(audio.path("duration").asText(""));
        }
        if (durationMs <= 0) {
            throw MediaError.MEDIA_UNREADABLE.forFile(filename, "the recording's length could not be read");
        }
        return new ProbedMedia(format, container, audio.path("codec_name").asText("unknown"), durationMs, video);
    }

    static InterviewFormat format(String container, boolean video) {
        return switch (container.toLowerCase(Locale.ROOT)) {
            case "mp3" -> InterviewFormat.MP3;
            case "mov,mp4,m4a,3gp,3g2,mj2" -> video ? InterviewFormat.MP4 : InterviewFormat.M4A;
            case "aac" -> InterviewFormat.AAC;
            case "wav" -> InterviewFormat.WAV;
            case "ogg" -> InterviewFormat.OGG;
            case "matroska,webm" -> InterviewFormat.WEBM;
            default -> null;
        };
    }

    private static long millis(String seconds) {
        if (seconds.isEmpty() || seconds.equals("N/A")) {
            return -1;
        }
        try {
            return Math.round(Double.parseDouble(seconds) * 1000);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
