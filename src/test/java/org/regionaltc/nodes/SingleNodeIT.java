package org.regionaltc.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar starts on the database of the run, and an account the CLI created signs in through the form. */
class SingleNodeIT {

    @TempDir
    Path dir;

    @Test
    void theJarStartsAndAnAccountTheCliCreatedSignsInThroughTheForm() throws Exception {
        Map<String, String> env = AppNode.postgres();
        String username = "it." + UUID.randomUUID().toString().substring(0, 8);
        AppNode.addUser(dir, env, username, "OFFICER", "single-node-password");
        try (AppNode node = AppNode.start("single", dir, env)) {
            AppNode.Browser browser = new AppNode.Browser();
            assertThat(browser.signIn(node, username, "single-node-password")).doesNotContain("error");
            assertThat(browser.get(node, "/account/password").statusCode()).isEqualTo(200);
            assertThat(browser.get(node, "/").body()).contains(username);
        }
    }
}
