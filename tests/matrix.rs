//! `docs/matrix.md` is generated from the law table; this fails when it is stale.
#![allow(clippy::unwrap_used, clippy::panic, reason = "tests fail loudly")]

use std::path::PathBuf;

#[test]
fn the_matrix_document_matches_the_table() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/matrix.md");
    let fresh = bevoegd::law::matrix_markdown();
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(on_disk == fresh, "docs/matrix.md is stale: run `BLESS=1 cargo test --test matrix` and commit it");
}
