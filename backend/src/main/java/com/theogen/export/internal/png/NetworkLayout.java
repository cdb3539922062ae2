package com.theogen.export.internal.png;

import com.theogen.export.CentralityRow;
import com.theogen.export.CoOccurrence;
import com.theogen.export.internal.LineWrapper;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the category network in a rectangle so that no two nodes' footprints (circle plus label) overlap.
 * A deterministic force-directed layout gives related categories nearby positions; overlaps are then
 * pushed apart. If the network is too dense for that, nodes go on a grid, which cannot overlap; if even
 * the grid does not fit, labels shrink and the layout is tried again.
 */
public final class NetworkLayout {

    private static final double PAD = 6;
    private static final int FORCE_ROUNDS = 300;
    private static final int SEPARATION_ROUNDS = 600;
    private static final float MIN_FONT = 9f;

    private NetworkLayout() {}

    /** A positioned category: circle at (cx, cy) with radius, label lines below it. */
    public record PlacedNode(
            String name,
            boolean core,
            double cx,
            double cy,
            double radius,
            List<String> lines,
            Rectangle2D labelBox,
            double pagerank) {

        Rectangle2D circleBox() {
            return new Rectangle2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius);
        }

        /** Circle and label together. */
        public Rectangle2D footprint() {
            return circleBox().createUnion(labelBox);
        }
    }

    /** The layout and the label font size it settled on. */
    public record Result(List<PlacedNode> nodes, float fontSize) {

        /** The placed nodes by category name. */
        public Map<String, PlacedNode> byName() {
            Map<String, PlacedNode> byName = new HashMap<>();
            nodes.forEach(n -> byName.put(n.name(), n));
            return byName;
        }
    }

    /** The largest number of fragments a pair of categories shares (1 when there are no pairs): edge widths scale by it. */
    public static int maxShared(List<CoOccurrence> edges) {
        return edges.stream().mapToInt(CoOccurrence::sharedFragments).max().orElse(1);
    }

    /**
     * @param rows one row per category (the network's nodes)
     * @param edges co-occurrence pairs; pairs naming unknown categories are ignored
     * @param coreName the core category, drawn larger and placed near the centre
     * @param bounds the area nodes and labels must stay inside
     * @param font label font; its size is the largest one tried
     */
    public static Result layout(
            List<CentralityRow> rows, List<CoOccurrence> edges, String coreName, Rectangle2D bounds, Font font) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        for (float size = font.getSize2D(); ; size -= 1f) {
            Font sized = font.deriveFont(size);
            List<Node> nodes = nodes(rows, coreName, sized, frc, bounds);
            if (nodes.isEmpty()) {
                return new Result(List.of(), size);
            }
            forceDirected(nodes, edges, bounds);
            if (separate(nodes, bounds) || grid(nodes, bounds) || size - 1f < MIN_FONT) {
                return new Result(nodes.stream().map(n -> n.place(sized, frc)).toList(), size);
            }
        }
    }

    private static List<Node> nodes(
            List<CentralityRow> rows, String coreName, Font font, FontRenderContext frc, Rectangle2D bounds) {
        double maxRank =
                rows.stream().mapToDouble(CentralityRow::pagerank).max().orElse(1);
        double labelWidth = Math.max(60, Math.min(bounds.getWidth() / 4.5, font.getSize2D() * 11));
        double lineHeight = font.getSize2D() * 1.2;
        List<Node> nodes = new ArrayList<>();
        for (CentralityRow row : rows) {
            boolean core = row.category().equals(coreName);
            double share = maxRank <= 0 ? 0.5 : row.pagerank() / maxRank;
            double radius = font.getSize2D() * (0.55 + 0.95 * Math.sqrt(share)) * (core ? 1.25 : 1);
            List<String> lines = LineWrapper.wrapAtMost(row.category(), labelWidth, 3, s -> font.getStringBounds(s, frc)
                    .getWidth());
            double width = lines.stream()
                    .mapToDouble(s -> font.getStringBounds(s, frc).getWidth())
                    .max()
                    .orElse(0);
            nodes.add(new Node(
                    row.category(), core, radius, lines, width + 8, lines.size() * lineHeight + 4, row.pagerank()));
        }
        return nodes;
    }

    /** Fruchterman–Reingold with positions seeded on a spiral, so the result never depends on chance. */
    private static void forceDirected(List<Node> nodes, List<CoOccurrence> edges, Rectangle2D bounds) {
        int n = nodes.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i).name, i);
        }
        double cx = bounds.getCenterX();
        double cy = bounds.getCenterY();
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            double angle = i * 2.399963;
            double r = node.core
                    ? 0
                    : Math.sqrt(i + 1.0) / Math.sqrt(n + 1.0) * Math.min(bounds.getWidth(), bounds.getHeight()) * 0.42;
            node.x = cx + r * Math.cos(angle);
            node.y = cy + r * Math.sin(angle);
        }
        double maxWeight = maxShared(edges);
        double k = Math.sqrt(bounds.getWidth() * bounds.getHeight() / n) * 0.9;
        double temperature = Math.min(bounds.getWidth(), bounds.getHeight()) / 8;
        for (int round = 0; round < FORCE_ROUNDS; round++) {
            double[] dx = new double[n];
            double[] dy = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double vx = nodes.get(i).x - nodes.get(j).x;
                    double vy = nodes.get(i).y - nodes.get(j).y;
                    double d = Math.max(1, Math.hypot(vx, vy));
                    double force = k * k / d;
                    dx[i] += vx / d * force;
                    dy[i] += vy / d * force;
                    dx[j] -= vx / d * force;
                    dy[j] -= vy / d * force;
                }
            }
            for (CoOccurrence edge : edges) {
                Integer a = index.get(edge.categoryA());
                Integer b = index.get(edge.categoryB());
                if (a == null || b == null || a.equals(b)) {
                    continue;
                }
                double vx = nodes.get(a).x - nodes.get(b).x;
                double vy = nodes.get(a).y - nodes.get(b).y;
                double d = Math.max(1, Math.hypot(vx, vy));
                double force = d * d / k * (0.3 + 0.7 * edge.sharedFragments() / maxWeight);
                dx[a] -= vx / d * force;
                dy[a] -= vy / d * force;
                dx[b] += vx / d * force;
                dy[b] += vy / d * force;
            }
            for (int i = 0; i < n; i++) {
                Node node = nodes.get(i);
                double d = Math.max(1e-9, Math.hypot(dx[i], dy[i]));
                double step = Math.min(d, temperature);
                node.x += dx[i] / d * step + (cx - node.x) * 0.02;
                node.y += dy[i] / d * step + (cy - node.y) * 0.02;
                if (node.core) {
                    node.x += (cx - node.x) * 0.2;
                    node.y += (cy - node.y) * 0.2;
                }
                node.clamp(bounds);
            }
            temperature *= 0.985;
        }
        stretchToFill(nodes, bounds);
    }

    /** Uses the whole rectangle: spreads positions to the bounds the footprints allow. */
    private static void stretchToFill(List<Node> nodes, Rectangle2D bounds) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Node node : nodes) {
            minX = Math.min(minX, node.x);
            maxX = Math.max(maxX, node.x);
            minY = Math.min(minY, node.y);
            maxY = Math.max(maxY, node.y);
        }
        double marginX = nodes.stream().mapToDouble(nd -> nd.width() / 2).max().orElse(0) + PAD;
        double marginTop = nodes.stream().mapToDouble(nd -> nd.radius).max().orElse(0) + PAD;
        double marginBottom =
                nodes.stream().mapToDouble(nd -> nd.height() - nd.radius).max().orElse(0) + PAD;
        for (Node node : nodes) {
            if (maxX - minX > 1) {
                node.x = bounds.getMinX()
                        + marginX
                        + (node.x - minX) / (maxX - minX) * (bounds.getWidth() - 2 * marginX);
            }
            if (maxY - minY > 1) {
                node.y = bounds.getMinY()
                        + marginTop
                        + (node.y - minY) / (maxY - minY) * (bounds.getHeight() - marginTop - marginBottom);
            }
            node.clamp(bounds);
        }
    }

    /** Pushes overlapping footprints apart along their axis of least overlap; true when none overlap. */
    private static boolean separate(List<Node> nodes, Rectangle2D bounds) {
        for (int round = 0; round < SEPARATION_ROUNDS; round++) {
            boolean moved = false;
            for (int i = 0; i < nodes.size(); i++) {
                for (int j = i + 1; j < nodes.size(); j++) {
                    moved |= pushApart(nodes.get(i), nodes.get(j), bounds);
                }
            }
            if (!moved) {
                return true;
            }
        }
        return !anyOverlap(nodes);
    }

    private static boolean pushApart(Node a, Node b, Rectangle2D bounds) {
        Rectangle2D ra = a.padded();
        Rectangle2D rb = b.padded();
        if (!ra.intersects(rb)) {
            return false;
        }
        double overlapX = Math.min(ra.getMaxX(), rb.getMaxX()) - Math.max(ra.getMinX(), rb.getMinX());
        double overlapY = Math.min(ra.getMaxY(), rb.getMaxY()) - Math.max(ra.getMinY(), rb.getMinY());
        if (overlapX < overlapY) {
            double shift = overlapX / 2 + 0.5;
            double sign = ra.getCenterX() <= rb.getCenterX() ? 1 : -1;
            a.x -= sign * shift;
            b.x += sign * shift;
        } else {
            double shift = overlapY / 2 + 0.5;
            double sign = ra.getCenterY() <= rb.getCenterY() ? 1 : -1;
            a.y -= sign * shift;
            b.y += sign * shift;
        }
        a.clamp(bounds);
        b.clamp(bounds);
        return true;
    }

    private static boolean anyOverlap(List<Node> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                if (nodes.get(i).footprint().intersects(nodes.get(j).footprint())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Fallback: a grid of equal cells, most central nodes nearest the middle. Returns false when the cells do
     * not fit, so the caller can shrink the labels.
     */
    private static boolean grid(List<Node> nodes, Rectangle2D bounds) {
        double cellW = nodes.stream().mapToDouble(Node::width).max().orElse(1) + 2 * PAD;
        double cellH = nodes.stream().mapToDouble(Node::height).max().orElse(1) + 2 * PAD;
        int cols = Math.max(1, (int) (bounds.getWidth() / cellW));
        int rows = (int) Math.ceil(nodes.size() / (double) cols);
        if (rows * cellH > bounds.getHeight()) {
            return false;
        }
        List<int[]> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                cells.add(new int[] {r, c});
            }
        }
        double midR = (rows - 1) / 2.0;
        double midC = (cols - 1) / 2.0;
        cells.sort(
                (p, q) -> Double.compare(Math.hypot(p[0] - midR, p[1] - midC), Math.hypot(q[0] - midR, q[1] - midC)));
        List<Node> byRank = new ArrayList<>(nodes);
        byRank.sort((p, q) -> p.core != q.core ? (p.core ? -1 : 1) : Double.compare(q.pagerank, p.pagerank));
        double offsetX = bounds.getMinX() + (bounds.getWidth() - cols * cellW) / 2;
        double offsetY = bounds.getMinY() + (bounds.getHeight() - rows * cellH) / 2;
        for (int i = 0; i < byRank.size(); i++) {
            Node node = byRank.get(i);
            int[] cell = cells.get(i);
            node.x = offsetX + cell[1] * cellW + cellW / 2;
            node.y = offsetY + cell[0] * cellH + PAD + node.radius;
        }
        return true;
    }

    private static final class Node {
        final String name;
        final boolean core;
        final double radius;
        final List<String> lines;
        final double labelWidth;
        final double labelHeight;
        final double pagerank;
        double x;
        double y;

        Node(
                String name,
                boolean core,
                double radius,
                List<String> lines,
                double labelWidth,
                double labelHeight,
                double pagerank) {
            this.name = name;
            this.core = core;
            this.radius = radius;
            this.lines = lines;
            this.labelWidth = labelWidth;
            this.labelHeight = labelHeight;
            this.pagerank = pagerank;
        }

        double width() {
            return Math.max(2 * radius, labelWidth);
        }

        double height() {
            return 2 * radius + 2 + labelHeight;
        }

        Rectangle2D footprint() {
            return new Rectangle2D.Double(x - width() / 2, y - radius, width(), height());
        }

        Rectangle2D padded() {
            Rectangle2D f = footprint();
            return new Rectangle2D.Double(
                    f.getX() - PAD / 2, f.getY() - PAD / 2, f.getWidth() + PAD, f.getHeight() + PAD);
        }

        void clamp(Rectangle2D bounds) {
            double half = width() / 2;
            x = Math.max(bounds.getMinX() + half, Math.min(bounds.getMaxX() - half, x));
            y = Math.max(bounds.getMinY() + radius, Math.min(bounds.getMaxY() - (height() - radius), y));
        }

        PlacedNode place(Font font, FontRenderContext frc) {
            Rectangle2D label = new Rectangle2D.Double(x - labelWidth / 2, y + radius + 2, labelWidth, labelHeight);
            return new PlacedNode(name, core, x, y, radius, lines, label, pagerank);
        }
    }
}
