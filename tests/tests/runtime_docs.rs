//! Every public item of a generated crate is documented, even when the spec describes
//! nothing: fields and union alternatives get a doc from their name and type.

/// Items of `source` that are public fields or enum variants with no `///` line above them
/// (attribute lines in between are skipped).
fn undocumented(source: &str) -> Vec<String> {
    let lines: Vec<&str> = source.lines().map(str::trim).collect();
    let mut in_enum = false;
    let mut missing = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("pub enum ") {
            in_enum = true;
            continue;
        }
        if *line == "}" {
            in_enum = false;
            continue;
        }
        let field = line.starts_with("pub ") && line.contains(':') && !line.contains(" fn ");
        let variant = in_enum
            && line.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && !line.starts_with("///");
        if !(field || variant) {
            continue;
        }
        let documented = lines[..i]
            .iter()
            .rev()
            .find(|l| !l.starts_with("#["))
            .is_some_and(|l| l.starts_with("///"));
        if !documented {
            missing.push((*line).to_owned());
        }
    }
    missing
}

#[test]
fn fields_and_alternatives_without_descriptions_are_documented() {
    let spec = r#"
openapi: 3.0.1
info: {title: Bare, version: '1'}
servers: [{url: https://api.example.com}]
paths:
  /things/{id}:
    get:
      summary: Retrieve a thing
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Thing:
      type: object
      properties:
        id: {type: string}
        evidence_details: {$ref: '#/components/schemas/Details'}
        tags: {type: array, items: {type: string}}
        amount_or_label:
          oneOf: [{type: integer}, {type: string}]
    Details:
      type: object
      properties:
        due_by: {type: integer}
"#;
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("bare.yaml"), spec).expect("write");
    let (files, _) = wooshpay_codegen::render(dir.path(), &wooshpay_codegen::Options::default())
        .expect("renders");
    let types = &files["src/types.rs"];
    assert_eq!(undocumented(types), Vec::<String>::new(), "{types}");
    assert!(
        types.contains("/// Evidence details (`evidence_details`): [`Details`]."),
        "{types}"
    );
    assert!(files["src/lib.rs"].contains("#![warn(missing_docs)]"));
}

#[test]
fn the_wooshpay_crate_has_no_undocumented_fields() {
    let types = std::fs::read_to_string(
        wooshpay_tests::workspace_root().join("generated-client/src/types.rs"),
    )
    .expect("types.rs");
    assert_eq!(undocumented(&types), Vec::<String>::new());
}
