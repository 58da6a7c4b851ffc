package org.kgi.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command {@code kgi index} offers when a live server holds the index: one that the server accepts. */
class ServerFileTest {
    @TempDir
    Path tmp;

    @Test
    void theOfferedCommandCarriesTheTokenHeaderWhenTheServerWantsOne() throws Exception {
        Path index = tmp.resolve("index");
        ServerFile.write(index, "http://127.0.0.1:7070/", true);
        assertEquals(Optional.of("curl -X POST -H \"Authorization: Bearer $KGI_TOKEN\" "
                + "'http://127.0.0.1:7070/api/reindex'"),
                ServerFile.reindexCommand(index, false));
        ServerFile.write(index, "http://127.0.0.1:7070/", false);
        assertEquals(Optional.of("curl -X POST 'http://127.0.0.1:7070/api/reindex?full=true'"),
                ServerFile.reindexCommand(index, true));
        ServerFile.delete(index);
        assertTrue(ServerFile.reindexCommand(index, false).isEmpty(), "no server, no offer");
    }
}
