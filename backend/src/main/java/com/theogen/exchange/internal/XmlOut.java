package com.theogen.exchange.internal;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A small indenting layer over StAX's writer, so exported files are readable and byte-for-byte repeatable. */
final class XmlOut implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private int depth;
    private boolean hasChildren;

    XmlOut(OutputStream out) {
        try {
            this.xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut root(String name, String namespace) {
        return write(() -> {
            xml.writeCharacters("\n");
            xml.writeStartElement(name);
            xml.writeDefaultNamespace(namespace);
            depth = 1;
            hasChildren = false;
        });
    }

    XmlOut start(String name) {
        return write(() -> {
            newline();
            xml.writeStartElement(name);
            depth++;
            hasChildren = false;
        });
    }

    /** Sets an attribute of the element just started; a null value writes nothing. */
    XmlOut attr(String name, Object value) {
        if (value == null) {
            return this;
        }
        return write(() -> xml.writeAttribute(name, value.toString()));
    }

    /** An element holding only text. */
    XmlOut text(String name, String text) {
        return write(() -> {
            newline();
            xml.writeStartElement(name);
            xml.writeCharacters(text);
            xml.writeEndElement();
            hasChildren = true;
        });
    }

    XmlOut end() {
        return write(() -> {
            depth--;
            if (hasChildren) {
                newline();
            }
            xml.writeEndElement();
            hasChildren = true;
        });
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    @Override
    public void close() {
        write(() -> {
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            xml.close();
        });
    }

    @FunctionalInterface
    private interface Step {
        void run() throws XMLStreamException;
    }

    /** Runs one writing step, turning StAX's checked exception into an unchecked one (I/O errors as I/O errors). */
    private XmlOut write(Step step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    private static RuntimeException wrap(XMLStreamException e) {
        return e.getCause() instanceof java.io.IOException io
                ? new UncheckedIOException(io)
                : new IllegalStateException(e);
    }
}
