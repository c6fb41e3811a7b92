package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A negation of what a thing is ({@code identityNegations}, Indonesian "bukan") on the claim's own predicate denies,
 * where a plain "tidak" there may state a lack: in sentences the team wrote about an invented fire at a village
 * market. "bukanlah", the form that defines, "bukan hanya" and a "bukan" correcting the clause before it are left as
 * they read.
 */
class IdentityNegationTest {

    @Test
    void sayingWhatAThingIsNotDenies() {
        Extract.takes(Stance.DENY, "id",
                "\"Ini bukan kelalaian petugas, ini musibah bagi kita semua,\" kata kepala pasar.",
                "Lurah mengatakan fokus kelurahan bukan pada penggusuran lapak pedagang.",
                "Kepala dinas pemadam kebakaran mengatakan api itu bukan sabotase pedagang lain.");
    }

    @Test
    void aLackADefinitionAnAdditionOrACorrectionStaysAsserted() {
        Extract.takes(Stance.ASSERT, "id",
                "Camat mengatakan pasar desa itu tidak memiliki alat pemadam api.",
                "Camat mengatakan los ikan itu bukanlah bangunan cagar budaya, melainkan bangunan baru.",
                "Kepala pasar mengatakan pedagang bukan hanya kehilangan dagangan, tetapi juga lapak mereka.",
                "Menurut dia, api itu berasal dari kabel listrik yang terkelupas, bukan dari kompor pedagang.");
    }
}
