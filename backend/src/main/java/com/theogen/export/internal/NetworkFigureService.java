package com.theogen.export.internal;

import com.theogen.export.NetworkFigure;
import com.theogen.export.TheoryNetworks;
import com.theogen.export.TheoryReport;
import com.theogen.export.internal.png.Infographic;
import com.theogen.export.internal.png.NetworkDiagram;
import com.theogen.export.internal.png.NetworkLayout;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import java.awt.geom.Rectangle2D;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Runs {@link NetworkDiagram#layout} in the infographic's network panel, exactly as the PNG export does, and
 * moves the result to the panel's origin. The layout depends on the bundled font's metrics, which is why the
 * dashboard asks for it instead of computing its own (docs/adr/033).
 */
@Service
class NetworkFigureService implements TheoryNetworks {

    private final ProjectAccess projects;
    private final ExportRendering rendering;

    NetworkFigureService(ProjectAccess projects, ExportRendering rendering) {
        this.projects = projects;
        this.rendering = rendering;
    }

    @Override
    public NetworkFigure figure(UUID userId, UUID projectId, UUID theoryId) {
        projects.require(projectId, userId, ProjectRole.VIEWER);
        TheoryReport report =
                rendering.report(projectId, theoryId).orElseThrow(() -> DomainException.notFound("Theory"));
        return of(report);
    }

    /** The figure of a report: the infographic's layout, relative to its network panel. */
    static NetworkFigure of(TheoryReport report) {
        Rectangle2D frame = Infographic.NETWORK;
        NetworkLayout.Result layout = NetworkDiagram.layout(report, frame, Infographic.NETWORK_FONT);
        double ox = frame.getX();
        double oy = frame.getY();
        return new NetworkFigure(
                frame.getWidth(),
                frame.getHeight(),
                layout.fontSize(),
                layout.nodes().stream()
                        .map(n -> new NetworkFigure.NetworkNode(
                                n.name(),
                                n.core(),
                                n.cx() - ox,
                                n.cy() - oy,
                                n.radius(),
                                n.lines(),
                                new NetworkFigure.LabelBox(
                                        n.labelBox().getX() - ox,
                                        n.labelBox().getY() - oy,
                                        n.labelBox().getWidth(),
                                        n.labelBox().getHeight())))
                        .toList());
    }
}
