package org.hifazat.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static final List<CertificatePdf.Line> UNITS = List.of(
            new CertificatePdf.Line("Your own security habits", 100, "24 November 2026"),
            new CertificatePdf.Line("Responding to a disclosure", 83, "24 November 2026"));

    @Test
    void aLatinNameIsPrintedWithTheUnitsDateAndCode() throws IOException {
        String text = text(CertificatePdf.render(new CertificatePdf.Content(
                "Amna Rauf",
                "Govt. Girls Primary School (EMIS 35220001)",
                UNITS,
                "24 November 2026",
                "01234-56789-ABCDE-FGHJK",
                "https://hifazat.example/verify/01234-56789-ABCDE-FGHJK")));
        assertTrue(text.contains("Amna Rauf"), text);
        assertTrue(text.contains("Your own security habits"), text);
        assertTrue(text.contains("best score 83%"), text);
        assertTrue(text.contains("Issued on 24 November 2026"), text);
        assertTrue(text.contains("Verification code: 01234-56789-ABCDE-FGHJK"), text);
        assertTrue(text.contains("https://hifazat.example/verify/01234-56789-ABCDE-FGHJK"), text);
    }

    @Test
    void anUrduNameIsLeftToTheCertificatePageRatherThanPrintedUnshaped() throws IOException {
        String text = text(CertificatePdf.render(new CertificatePdf.Content(
                "آمنہ رؤف", null, UNITS, "24 November 2026", "01234-56789-ABCDE-FGHJK", "http://x/verify/1")));
        assertFalse(text.contains("آمنہ"));
        assertTrue(text.contains("see the certificate page"), text);
        assertTrue(text.contains("Verification code: 01234-56789-ABCDE-FGHJK"), text);
    }

    private static String text(byte[] pdf) throws IOException {
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            return new PDFTextStripper().getText(document);
        }
    }
}
