//! The crate's layers, checked: each folder of `src/` is one layer, and no module imports from a
//! layer above its own (the order is the README's design section). A `crate::` path outside the
//! tests and the comments of a file is an import; a path through a re-export of the crate root
//! (`crate::Date`) counts as an import of the layer that defines the item.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
// Reason: a test asserts with unwrap and indexing; the library itself never does.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first, as the README's design section lists them.
const LAYERS: [&str; 10] = ["text", "types", "law", "input", "decision", "engine", "plan", "import", "io", "bin"];

fn rank(layer: &str) -> Option<usize> {
    LAYERS.iter().position(|l| *l == layer)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The text of a file without its `#[cfg(test)]` part and its comments.
fn code_of(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    text.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// Every word that follows `crate::` (or `$crate::`), and the words of a `crate::{a, b::c}` group.
fn crate_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for part in group[..end].split(',') {
                let word: String = part.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if !word.is_empty() {
                    out.push(word);
                }
            }
        } else {
            let word: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            out.push(word);
        }
    }
    out
}

/// The crate root's re-exports: item name -> the layer that defines it, from `lib.rs`.
fn root_items(lib: &str) -> BTreeMap<String, String> {
    let mut items = BTreeMap::new();
    let flat = lib.split_whitespace().collect::<Vec<_>>().join(" ");
    for stmt in flat.split(';') {
        let Some(path) = stmt.trim().rsplit("pub use ").next().filter(|_| stmt.contains("pub use ")) else {
            continue;
        };
        let layer = path.split("::").next().unwrap().trim().to_owned();
        let names: Vec<&str> = match (path.find('{'), path.rfind('}')) {
            (Some(a), Some(b)) => path[a + 1..b].split(',').collect(),
            _ => vec![path.rsplit("::").next().unwrap()],
        };
        for name in names {
            let name = name.trim();
            if !name.is_empty() {
                items.insert(name.to_owned(), layer.clone());
            }
        }
    }
    items
}

#[test]
fn no_module_imports_from_a_layer_above_its_own() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = fs::read_to_string(src.join("lib.rs")).unwrap();
    let items = root_items(&code_of(&lib));
    assert!(items.get("Date").is_some_and(|l| l == "types"), "{items:?}");
    assert!(items.get("decide").is_some_and(|l| l == "engine"), "{items:?}");

    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut checked = 0;
    let mut violations = Vec::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap();
        let Some(layer) = relative.components().next().and_then(|c| c.as_os_str().to_str()) else { continue };
        if layer == "lib.rs" {
            continue;
        }
        let own = rank(layer).unwrap_or_else(|| panic!("{} lies in no layer of {LAYERS:?}", relative.display()));
        for word in crate_paths(&code_of(&fs::read_to_string(&file).unwrap())) {
            let target = if rank(&word).is_some() {
                word.clone()
            } else if let Some(l) = items.get(&word) {
                l.clone()
            } else if word == "law" || word == "import" {
                word.clone()
            } else {
                panic!("{}: crate::{word} is neither a layer nor a root re-export", relative.display());
            };
            let theirs = rank(&target).unwrap();
            checked += 1;
            if theirs > own {
                violations.push(format!("{} ({layer}) imports crate::{word} ({target})", relative.display()));
            }
        }
    }
    assert!(checked > 200, "only {checked} imports found: the parser has lost its way");
    assert!(violations.is_empty(), "imports from a layer above:\n{}", violations.join("\n"));
}

#[test]
fn the_parser_sees_groups_and_macros_and_skips_tests_and_comments() {
    let code = code_of(
        "use crate::types::date::Date; // crate::io\nuse crate::{law, plan::x};\n$crate::text::q!()\n#[cfg(test)]\nuse crate::io;",
    );
    assert_eq!(crate_paths(&code), ["types", "law", "plan", "text"]);
}
