//! Placeholder replaced by the grammar test (parses every example in grammar/nabla.ebnf).
#[test]
fn grammar_file_exists() {
    assert!(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/grammar")).exists());
}
