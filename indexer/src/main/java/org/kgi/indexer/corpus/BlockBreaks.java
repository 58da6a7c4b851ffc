package org.kgi.indexer.corpus;

import java.util.Set;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Ends every block element of Tika's XHTML (paragraph, heading, list item, table cell...) with a line break,
 * so that a heading and the paragraph after it do not run together ("HeadingMembers of...") whatever the
 * parser emits as whitespace.
 */
final class BlockBreaks extends ContentHandlerDecorator {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "li", "dt", "dd",
            "tr", "td", "th", "blockquote", "pre", "title", "section", "article", "header", "footer", "table", "ul", "ol");
    private static final char[] NEWLINE = {'\n'};

    BlockBreaks(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes atts) throws SAXException {
        super.startElement(uri, localName, qName, atts);
        if ("br".equals(localName)) {
            super.characters(NEWLINE, 0, 1);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (BLOCKS.contains(localName)) {
            super.characters(NEWLINE, 0, 1);
        }
        super.endElement(uri, localName, qName);
    }
}
