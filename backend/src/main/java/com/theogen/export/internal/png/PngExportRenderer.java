package com.theogen.export.internal.png;

import com.theogen.export.ExportFormat;
import com.theogen.export.ExportRenderer;
import com.theogen.export.TheoryReport;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/** The PNG infographic, drawn with Java2D in the bundled font. */
@Component
public class PngExportRenderer implements ExportRenderer {

    @Override
    public ExportFormat format() {
        return ExportFormat.PNG;
    }

    @Override
    public void render(TheoryReport report, OutputStream out) throws IOException {
        if (!ImageIO.write(Infographic.render(report), "png", out)) {
            throw new IllegalStateException("No PNG writer available");
        }
    }
}
