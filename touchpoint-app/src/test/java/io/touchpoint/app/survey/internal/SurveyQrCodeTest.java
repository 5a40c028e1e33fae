package io.touchpoint.app.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The printed codes decode back to the link. */
class SurveyQrCodeTest {

    static final String LINK = "https://feedback.example.com/public/s/ab3cd4ef5gh6";

    @Test
    void pngDecodesToTheLink() throws Exception {
        byte[] png = QrCodes.png(LINK, 8);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isEqualTo(QrCodes.matrix(LINK).getWidth() * 8);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(LINK);
    }

    @Test
    void svgDrawsEveryDarkModuleOnce() {
        String svg = QrCodes.svg(LINK);
        var m = QrCodes.matrix(LINK);
        int dark = 0;
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                dark += m.get(x, y) ? 1 : 0;
            }
        }
        assertThat(svg).startsWith("<?xml").contains("viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight() + "\"")
                .endsWith("</svg>\n");
        assertThat(svg.split("h1v1h-1z", -1)).hasSize(dark + 1);
        // The quiet zone (4 modules) stays white: the first dark module is at (4, 4), the finder pattern's corner.
        assertThat(svg).contains("d=\"M4 4h1v1h-1z");
    }
}
