//! Apifox exports mark fields the API does not implement yet with `（未实现）` in the description;
//! the loader turns the marker into `x-codegen-not-implemented`, and the model documents it in
//! English wherever the field, parameter or type is documented.

use wooshpay_codegen::Options;

const SPEC: &str = r#"openapi: 3.0.1
info: {title: Notes, version: '1'}
paths:
  /notes:
    get:
      operationId: listNotes
      parameters:
        - {name: sort, in: query, description: Sort order (未实现), schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Note'}
components:
  schemas:
    Tag:
      type: object
      properties:
        label: {type: string}
    Later:
      type: object
      description: （未实现）
      properties:
        x: {type: string}
    Note:
      type: object
      properties:
        pinned: {type: boolean, description: （未实现）}
        tag: {$ref: '#/components/schemas/Tag', description: The note's tag. 未实现}
        shared:
          allOf:
            - {$ref: '#/components/schemas/Tag'}
            - {description: (未实现)}
        later: {$ref: '#/components/schemas/Later'}
        text: {type: string, description: The text.}
"#;

const NOTE: &str = "**Not implemented by the API yet** (the reference marks this field 未实现); expect it to be absent.";

/// The generated `src/types.rs`, `src/resources/notes.rs` and `openapi.json`.
fn generated() -> (String, String, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), SPEC).expect("write spec");
    let (files, _) = wooshpay_codegen::render(dir.path(), &Options::default()).expect("renders");
    let file = |name: &str| {
        files
            .iter()
            .find(|(path, _)| path.as_str() == name)
            .map(|(_, text)| text.clone())
            .unwrap_or_else(|| panic!("{name} written"))
    };
    (
        file("src/types.rs"),
        file("src/resources/notes.rs"),
        file("openapi.json"),
    )
}

/// The doc comment lines right above `item` in `source`, joined.
fn doc_above(source: &str, item: &str) -> String {
    let lines: Vec<&str> = source.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.trim_start().starts_with(item))
        .unwrap_or_else(|| panic!("`{item}` in:\n{source}"));
    let mut doc: Vec<&str> = lines[..at]
        .iter()
        .rev()
        .take_while(|l| l.trim_start().starts_with("///") || l.trim_start().starts_with("#["))
        .filter(|l| l.trim_start().starts_with("///"))
        .map(|l| l.trim_start().trim_start_matches("///").trim())
        .collect();
    doc.reverse();
    doc.join("\n")
}

#[test]
fn not_implemented_markers_become_an_english_note() {
    let (types, resources, openapi) = generated();
    assert_eq!(doc_above(&types, "pub pinned:"), NOTE, "{types}");
    assert_eq!(
        doc_above(&types, "pub tag:"),
        format!("The note's tag.\n\n{NOTE}"),
        "{types}"
    );
    assert!(
        doc_above(&types, "pub shared:").contains(NOTE),
        "an allOf member's marker annotates the field: {types}"
    );
    assert!(
        !doc_above(&types, "pub later:").contains(NOTE),
        "the type is marked, not the field: {types}"
    );
    assert!(
        doc_above(&types, "pub struct Later").contains(NOTE),
        "{types}"
    );
    assert_eq!(doc_above(&types, "pub text:"), "The text.", "{types}");
    assert_eq!(
        doc_above(&types, "pub sort:"),
        format!("Sort order\n\n{NOTE}"),
        "the query parameter: {types}"
    );
    // The marker itself is nowhere in the code outside the note.
    for source in [&types, &resources] {
        assert_eq!(
            source.matches("未实现").count(),
            source.matches(NOTE).count(),
            "{source}"
        );
    }
    // The normalized document says it in the neutral extension, not in the descriptions.
    let doc: serde_json::Value = serde_json::from_str(&openapi).expect("openapi.json is JSON");
    let note = &doc["components"]["schemas"]["Note"]["properties"];
    assert_eq!(
        note["pinned"]["x-codegen-not-implemented"],
        "the reference marks this field 未实现"
    );
    assert!(note["pinned"].get("description").is_none(), "{note}");
    assert_eq!(note["tag"]["description"], "The note's tag.");
}
