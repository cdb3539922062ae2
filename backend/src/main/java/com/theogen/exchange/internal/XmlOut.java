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
        try {
            xml.writeCharacters("\n");
            xml.writeStartElement(name);
            xml.writeDefaultNamespace(namespace);
            depth = 1;
            hasChildren = false;
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    XmlOut start(String name) {
        try {
            newline();
            xml.writeStartElement(name);
            depth++;
            hasChildren = false;
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    /** Sets an attribute of the element just started; a null value writes nothing. */
    XmlOut attr(String name, Object value) {
        if (value == null) {
            return this;
        }
        try {
            xml.writeAttribute(name, value.toString());
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    /** An element holding only text. */
    XmlOut text(String name, String text) {
        try {
            newline();
            xml.writeStartElement(name);
            xml.writeCharacters(text);
            xml.writeEndElement();
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    XmlOut end() {
        try {
            depth--;
            if (hasChildren) {
                newline();
            }
            xml.writeEndElement();
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    @Override
    public void close() {
        try {
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            xml.close();
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
