package org.rollcall.notify.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Makes a letter's XHTML into a tagged, accessible PDF (PDF/UA) with openhtmltopdf. The font is embedded (Liberation
 * Sans, shipped inside PDFBox), and the document's dates are the message's time on Rollcall's clock rather than the
 * machine's, so every attempt attaches the same letter.
 */
@Component
class LetterPdf {

    static final String FONT = "Liberation Sans";
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    byte[] render(String xhtml, Instant written, ZoneId zone) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(LetterPdf::font, FONT);
        builder.withProducer("Rollcall (openhtmltopdf)");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(OutputStreamSink.INSTANCE);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument document = renderer.createPDFKeepOpen()) {
                stamp(document, GregorianCalendar.from(written.atZone(zone)));
                identify(document, xhtml, written);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the letter could not be made into a PDF: " + e.getMessage(), e);
        }
    }

    /** Replaces the machine-clock dates openhtmltopdf writes (document information and XMP) with ours. */
    private static void stamp(PDDocument document, Calendar written) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(written);
        info.setModificationDate(written);
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            XMPMetadata xmp = new DomXmpParser().parse(in);
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic == null) {
                basic = xmp.createAndAddXMPBasicSchema();
            }
            basic.setCreateDate(written);
            basic.setModifyDate(written);
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, xml, true);
            metadata.importXMPMetadata(xml.toByteArray());
        } catch (org.apache.xmpbox.xml.XmpParsingException | javax.xml.transform.TransformerException e) {
            throw new IOException("the letter's metadata could not be dated: " + e.getMessage(), e);
        }
    }

    /** A file identifier from the letter itself, where PDFBox would hash the machine's time into one. */
    private static void identify(PDDocument document, String xhtml, Instant written) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(xhtml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(written.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] id = java.util.Arrays.copyOf(sha.digest(), 16);
            org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            document.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream font() {
        InputStream font = LetterPdf.class.getResourceAsStream(FONT_RESOURCE);
        if (font == null) {
            throw new IllegalStateException("PDFBox's Liberation Sans font is missing from the classpath");
        }
        return font;
    }

    /** The renderer wants a stream; the kept-open document is saved by us instead. */
    private static final class OutputStreamSink extends java.io.OutputStream {

        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
            // discarded
        }
    }
}
