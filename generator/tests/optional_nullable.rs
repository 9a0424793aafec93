//! `[conventions] optional_nullable`: whether the loader makes every optional property accept
//! `null`. Unset, an Apifox export's do (what its optional fields mean) and another spec's do
//! not (it gets only what it says).

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

/// The normalized `Note` schema of [`SPEC`], as an Apifox export (its operation filed in a
/// folder, as every export's is) or not, rendered with `settings` (none: no settings file).
fn note(apifox: bool, settings: Option<&str>) -> serde_json::Value {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = if apifox {
        SPEC.replace(
            "operationId: listNotes",
            "operationId: listNotes\n      x-apifox-folder: Notes",
        )
    } else {
        SPEC.to_owned()
    };
    std::fs::write(dir.path().join("api.yaml"), spec).expect("write spec");
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

/// Whether `text` and `tag` (optional) accept `null` and `id` (required) does not.
fn optional_fields_nullable(note: &serde_json::Value) -> bool {
    assert!(note["properties"]["id"].get("nullable").is_none(), "{note}");
    let text = note["properties"]["text"].get("nullable") == Some(&serde_json::json!(true));
    let tag = note["properties"]["tag"].get("nullable") == Some(&serde_json::json!(true));
    assert_eq!(text, tag, "{note}");
    if !tag {
        assert_eq!(
            note["properties"]["tag"],
            serde_json::json!({"$ref": "#/components/schemas/Tag"}),
            "{note}"
        );
    }
    tag
}

#[test]
fn an_apifox_exports_optional_properties_are_nullable_unless_the_conventions_say_otherwise() {
    for settings in [None, Some("[conventions]\noptional_nullable = true\n")] {
        assert!(
            optional_fields_nullable(&note(true, settings)),
            "{settings:?}"
        );
    }
    let off = Some("[conventions]\noptional_nullable = false\n");
    assert!(!optional_fields_nullable(&note(true, off)));
}

#[test]
fn another_specs_optional_properties_are_nullable_only_when_the_conventions_say_so() {
    assert!(!optional_fields_nullable(&note(false, None)));
    let on = Some("[conventions]\noptional_nullable = true\n");
    assert!(optional_fields_nullable(&note(false, on)));
    let preset = Some("[conventions]\npreset = \"stripe-like\"\n");
    assert!(optional_fields_nullable(&note(false, preset)));
}
