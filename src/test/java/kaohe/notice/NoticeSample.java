package kaohe.notice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the fixture's notice into a folder, for looking at by hand in LibreOffice or Excel:
 * {@code java -cp target/classes:target/test-classes:... kaohe.notice.NoticeSample /tmp/notice}.
 */
public final class NoticeSample {

    private NoticeSample() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(folder);
        NoticeFixture fixture = NoticeFixture.june();
        NoticeWriter writer = new NoticeWriter(fixture.rules);
        writer.write(fixture.score(), folder.resolve("2018-06-通报.xlsx"));
        Files.writeString(folder.resolve("2018-06-通报.txt"), writer.draftText(fixture.score()),
                StandardCharsets.UTF_8);
    }
}
