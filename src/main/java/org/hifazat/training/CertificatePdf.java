package org.hifazat.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A certificate as a one-page A4 PDF. Its fixed wording is English: PDFBox does not shape Arabic script, and Urdu
 * set without shaping is unreadable, so a name that the PDF's font cannot show is replaced by a pointer to the
 * certificate page, which shows the name and the units in both languages.
 */
public final class CertificatePdf {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final float MARGIN = 60;

    private CertificatePdf() {}

    /** What the certificate says; {@code verifyUrl} is the full address of its public page. */
    public record Content(
            String holderName, String school, List<Line> units, String issuedOn, String code, String verifyUrl) {}

    public record Line(String title, int score, String masteredOn) {}

    public static Content of(Certificate certificate, String verifyUrl) {
        List<Line> units = new ArrayList<>();
        certificate.units.forEach(u -> units.add(new Line(u.titleEn, u.bestScore, DATE.format(u.masteredAt))));
        String school = certificate.school == null
                ? null
                : certificate.school.name + " (EMIS " + certificate.school.emisCode + ")";
        return new Content(
                certificate.holderName,
                school,
                units,
                DATE.format(certificate.issuedAt),
                CertificateCodes.grouped(certificate.code),
                verifyUrl);
    }

    public static byte[] render(Content content) {
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Hifazat teacher training certificate " + content.code());
            info.setCreator("Hifazat");
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.setLineWidth(2);
                text.addRect(MARGIN / 2, MARGIN / 2, width - MARGIN, height - MARGIN);
                text.stroke();
                Writer w = new Writer(text, width, height - MARGIN - 30);
                w.centred(regular, 14, "Hifazat: cyber safety for Pakistan's schools");
                w.gap(18);
                w.centred(bold, 28, "Certificate in teaching cyber safety");
                w.gap(24);
                w.centred(regular, 14, "This certifies that");
                w.gap(10);
                String name = fits(bold, content.holderName())
                        ? content.holderName()
                        : "(the holder's name is written in Urdu: see the certificate page below)";
                w.centred(bold, fits(bold, content.holderName()) ? 24 : 14, name);
                if (content.school() != null && fits(regular, content.school())) {
                    w.gap(6);
                    w.centred(regular, 12, content.school());
                }
                w.gap(14);
                w.centred(regular, 14, "has mastered every unit of the Hifazat teacher training track:");
                w.gap(6);
                for (Line unit : content.units()) {
                    String title = fits(regular, unit.title()) ? unit.title() : "(unit title in Urdu)";
                    w.centred(
                            regular,
                            12,
                            title + "  -  best score " + unit.score() + "%, mastered " + unit.masteredOn());
                }
                w.gap(14);
                w.centred(regular, 14, "Issued on " + content.issuedOn());
                w.gap(20);
                w.centred(bold, 14, "Verification code: " + content.code());
                w.centred(regular, 12, "Anyone can check this certificate at " + content.verifyUrl());
                w.gap(10);
                w.centred(
                        regular,
                        9,
                        "The wording of this PDF is in English; the certificate page shows it in English and Urdu.");
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the font has a glyph for every character (the standard fonts cover Latin scripts only). */
    static boolean fits(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Writes centred lines down the page. */
    private static final class Writer {
        private final PDPageContentStream stream;
        private final float width;
        private float y;

        Writer(PDPageContentStream stream, float width, float top) {
            this.stream = stream;
            this.width = width;
            this.y = top;
        }

        void centred(PDFont font, float size, String line) throws IOException {
            float size2 = size;
            float lineWidth = font.getStringWidth(line) / 1000 * size2;
            while (lineWidth > width - 3 * MARGIN && size2 > 7) {
                size2 -= 1;
                lineWidth = font.getStringWidth(line) / 1000 * size2;
            }
            y -= size2 * 1.3f;
            stream.beginText();
            stream.setFont(font, size2);
            stream.newLineAtOffset((width - lineWidth) / 2, y);
            stream.showText(line);
            stream.endText();
        }

        void gap(float points) {
            y -= points;
        }
    }
}
