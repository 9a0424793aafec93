//! `[conventions] optional_nullable`: whether the loader makes every optional property accept
//! `null` (what Apifox exports mean; unset, it does, as it always did).

use wooshpay_codegen::{Files, Options, Settings};

const SPEC: &str = r#"openapi: 3.0.1
info: {title: Notes, version: '1'}
paths:
  /notes:
    get:
      operationId: listNotes
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
    Note:
      type: object
      required: [id]
      properties:
        id: {type: string}
        text: {type: string}
        tag: {$ref: '#/components/schemas/Tag'}
"#;

/// The normalized `Note` schema, rendered with `settings` (none: no settings file).
fn note(settings: Option<&str>) -> serde_json::Value {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), SPEC).expect("write spec");
    let options = Options {
        settings: settings.map(|s| Settings::parse(s, "codegen.toml").expect("settings parse")),
        ..Options::default()
    };
    let (files, _) = wooshpay_codegen::render(dir.path(), &options).expect("renders");
    normalized(&files)["components"]["schemas"]["Note"].clone()
}

fn normalized(files: &Files) -> serde_json::Value {
    let (_, text) = files
        .iter()
        .find(|(path, _)| path.as_str() == "openapi.json")
        .expect("openapi.json written");
    serde_json::from_str(text).expect("openapi.json is JSON")
}

#[test]
fn optional_properties_are_nullable_unless_the_conventions_say_otherwise() {
    for settings in [None, Some("[conventions]\noptional_nullable = true\n")] {
        let note = note(settings);
        assert_eq!(note["properties"]["text"]["nullable"], true, "{note}");
        assert_eq!(note["properties"]["tag"]["nullable"], true, "{note}");
        assert!(note["properties"]["id"].get("nullable").is_none(), "{note}");
    }
    let note = note(Some("[conventions]\noptional_nullable = false\n"));
    assert!(
        note["properties"]["text"].get("nullable").is_none(),
        "{note}"
    );
    assert_eq!(
        note["properties"]["tag"],
        serde_json::json!({"$ref": "#/components/schemas/Tag"}),
        "{note}"
    );
}
