//! Overlays (OpenAPI Overlay 1.0) listed in `codegen.toml` are applied to each spec file before
//! it is read: they fix a vendor's spec without editing the export, errors in them are located
//! in the overlay file, and an overlay file is never read as a spec.

use std::path::Path;

use wooshpay_codegen::{ErrorKind, Options, Severity};

const SPEC: &str = r##"openapi: 3.0.1
info: { title: Weather, version: "1" }
paths:
  /current:
    get:
      operationId: currentWeather
      tags: [Weather]
      parameters:
        - { name: city, in: query, schema: { type: string } }
        - { name: api_key, in: query, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Reading' }
  /forecast:
    get:
      operationId: forecast
      tags: [Weather]
      parameters:
        - { name: api_key, in: query, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Reading' }
components:
  schemas:
    Reading:
      type: object
      properties:
        celsius: { type: number }
        station: { type: string }
"##;

/// An overlay that makes `station` required and turns the repeated `api_key` query parameter
/// into the client's credential.
const OVERLAY: &str = r##"overlay: 1.0.0
info: { title: fixes, version: "1" }
actions:
  - target: $.components.schemas.Reading
    update:
      required: [station]
  - target: "$.paths.*.*.parameters[?@.name == 'api_key']"
    remove: true
  - target: $.components
    update:
      securitySchemes:
        key: { type: apiKey, in: query, name: api_key }
  - target: $
    update:
      security:
        - key: []
"##;

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

fn render(
    dir: &Path,
) -> wooshpay_codegen::Result<(wooshpay_codegen::Files, wooshpay_codegen::Report)> {
    wooshpay_codegen::render(dir, &Options::default())
}

#[test]
fn an_overlay_fixes_the_spec_before_it_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "weather.yaml", SPEC);
    write(dir.path(), "overlays/fixes.yaml", OVERLAY);
    write(
        dir.path(),
        "codegen.toml",
        "overlays = [\"overlays/fixes.yaml\"]\n",
    );
    let (files, report) = render(dir.path()).expect("renders");
    let types = &files["src/types.rs"];
    assert!(types.contains("pub station: String,"), "{types}");
    let resources: String = files
        .iter()
        .filter(|(name, _)| name.starts_with("src/resources/"))
        .map(|(_, text)| text.as_str())
        .collect();
    // The key is a credential now, not an argument of every call.
    assert!(!resources.contains("api_key"), "{resources}");
    let lib = &files["src/lib.rs"];
    assert!(
        lib.contains("api_key"),
        "the client sends the key as `api_key`:\n{lib}"
    );
    // The overlay is not a spec: no warning about it, and one spec's operations.
    assert_eq!(report.operations, 2);
    assert!(
        !report
            .diagnostics
            .iter()
            .any(|d| d.message.contains("overlay")),
        "{:?}",
        report.diagnostics
    );
}

#[test]
fn a_target_that_selects_nothing_is_an_error_located_in_the_overlay() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "weather.yaml", SPEC);
    let overlay = OVERLAY.replace(
        "$.components.schemas.Reading",
        "$.components.schemas.Missing",
    );
    write(dir.path(), "fixes.yaml", &overlay);
    write(dir.path(), "codegen.toml", "overlays = [\"fixes.yaml\"]\n");
    let err = render(dir.path()).expect_err("the target matches nothing");
    assert_eq!(err.kind(), ErrorKind::Overlay, "{err}");
    let location = err.location().expect("located");
    assert_eq!(location.file.as_deref(), Some("fixes.yaml"), "{err}");
    assert_eq!(location.line, Some(4), "{err}");
    assert_eq!(
        location.pointer.as_deref(),
        Some("#/actions/0/target"),
        "{err}"
    );
}

#[test]
fn an_overlay_the_settings_do_not_name_is_an_error_located_in_the_settings() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "weather.yaml", SPEC);
    write(
        dir.path(),
        "codegen.toml",
        "\n\noverlays = [\"nowhere.yaml\"]\n",
    );
    let err = render(dir.path()).expect_err("missing overlay");
    assert_eq!(err.kind(), ErrorKind::Settings, "{err}");
    assert_eq!(err.location().and_then(|l| l.line), Some(3), "{err}");
}

#[test]
fn an_unlisted_overlay_in_the_spec_folder_is_not_applied_and_is_warned_about() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "weather.yaml", SPEC);
    write(dir.path(), "fixes.yaml", OVERLAY);
    let (files, report) = render(dir.path()).expect("renders");
    assert!(files["src/types.rs"].contains("pub station: Option<String>,"));
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Warning
                && d.location
                    .file
                    .as_deref()
                    .is_some_and(|f| f.ends_with("fixes.yaml"))
                && d.message.contains("overlay")),
        "{:?}",
        report.diagnostics
    );
}
