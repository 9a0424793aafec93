//! The change report: regenerating over a crate compares its `api.json` with the new API, marks
//! each change breaking or not, names the semver bump, appends to `CHANGELOG.md`, and bumps the
//! version when the settings ask; an unchanged API appends nothing.

use std::path::Path;

use wooshpay_codegen::{Options, Settings};

/// A small API: `widgets.retrieve` (GET /widgets/{id}) returning `Widget`, and `widgets.create`.
/// `edit` rewrites the YAML for the "after" version.
const BASE: &str = r##"openapi: 3.0.3
info: {title: Widgets, version: "1"}
servers: [{url: "https://widgets.test"}]
paths:
  /widgets/{id}:
    get:
      operationId: retrieveWidget
      tags: [widgets]
      summary: Retrieve a widget
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Widget"}}}}
  /widgets:
    post:
      operationId: createWidget
      tags: [widgets]
      summary: Create a widget
      requestBody:
        content: {application/json: {schema: {$ref: "#/components/schemas/WidgetParams"}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Widget"}}}}
components:
  schemas:
    Widget:
      type: object
      required: [id]
      properties:
        id: {type: string}
        colour: {$ref: "#/components/schemas/Colour"}
        weight: {type: integer}
    Colour:
      type: string
      enum: [red, green]
    WidgetParams:
      type: object
      properties:
        colour: {$ref: "#/components/schemas/Colour"}
        note: {type: string}
"##;

/// Generates `before` into a crate folder, then `after` over it; the report of the second run
/// and the changelog.
fn regenerate(before: &str, after: &str, settings: &str) -> (String, String, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("spec.yaml");
    let out = dir.path().join("crate");
    let options = Options {
        settings: Some(Settings::parse(settings, "codegen.toml").expect("settings")),
        ..Default::default()
    };
    std::fs::write(&spec, before).expect("write");
    let first = wooshpay_codegen::generate(&spec, &out, &options).expect("first run");
    assert!(
        first.changes.is_none(),
        "nothing to compare with on the first run"
    );
    std::fs::write(&spec, after).expect("write");
    let report = wooshpay_codegen::generate(&spec, &out, &options).expect("second run");
    let changes = report.changes.expect("compared with the first crate");
    let changelog = std::fs::read_to_string(out.join("CHANGELOG.md")).expect("changelog");
    // Right after a regeneration, the crate is up to date and a third run changes nothing.
    let (drift, again) = wooshpay_codegen::check(&spec, &out, &options).expect("check");
    assert!(drift.is_empty(), "stale right after generating: {drift:?}");
    assert!(again.changes.is_some_and(|c| c.changes.is_empty()));
    (changes.markdown(), changelog, dir)
}

fn edit(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "`{from}` not in the base spec");
    BASE.replacen(from, to, 1)
}

#[test]
fn field_removed() {
    let after = edit("        weight: {type: integer}\n", "");
    let (report, changelog, _dir) = regenerate(BASE, &after, "");
    insta::assert_snapshot!(report);
    assert!(changelog.ends_with(&report), "{changelog}");
}

#[test]
fn field_made_required() {
    let after = edit("      required: [id]\n", "      required: [id, weight]\n");
    let (report, _, _dir) = regenerate(BASE, &after, "");
    insta::assert_snapshot!(report);
}

#[test]
fn enum_value_added_is_not_breaking() {
    let after = edit("enum: [red, green]", "enum: [red, green, blue]");
    let (report, _, _dir) = regenerate(BASE, &after, "");
    insta::assert_snapshot!(report);
}

#[test]
fn operation_added_and_removed() {
    let added = edit(
        "  /widgets:\n",
        "  /widgets/{id}/paint:\n    post:\n      operationId: paintWidget\n      tags: [widgets]\n      summary: Paint a widget\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses:\n        \"200\": {description: ok, content: {application/json: {schema: {$ref: \"#/components/schemas/Widget\"}}}}\n  /widgets:\n",
    );
    let (report, _, _dir) = regenerate(BASE, &added, "");
    insta::assert_snapshot!("operation_added", report);
    let (report, _, _dir) = regenerate(&added, BASE, "");
    insta::assert_snapshot!("operation_removed", report);
}

#[test]
fn type_renamed() {
    let after = BASE.replace("Colour", "Color");
    let (report, _, _dir) = regenerate(BASE, &after, "");
    insta::assert_snapshot!(report);
}

#[test]
fn version_bumped_when_the_settings_ask() {
    let settings = "[crate]\nversion = \"1.4.2\"\nbump_version = true\n";
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("spec.yaml");
    let out = dir.path().join("crate");
    let options = Options {
        settings: Some(Settings::parse(settings, "codegen.toml").expect("settings")),
        ..Default::default()
    };
    let version = |out: &Path| {
        let cargo = std::fs::read_to_string(out.join("Cargo.toml")).expect("Cargo.toml");
        cargo
            .lines()
            .find_map(|l| l.strip_prefix("version = "))
            .map(|v| v.trim_matches('"').to_owned())
            .expect("version")
    };
    std::fs::write(&spec, BASE).expect("write");
    wooshpay_codegen::generate(&spec, &out, &options).expect("run");
    assert_eq!(version(&out), "1.4.2");
    // An addition: minor.
    std::fs::write(
        &spec,
        edit("enum: [red, green]", "enum: [red, green, blue]"),
    )
    .expect("write");
    wooshpay_codegen::generate(&spec, &out, &options).expect("run");
    assert_eq!(version(&out), "1.5.0");
    // Unchanged: the bumped version stays (it is not reset to the settings' 1.4.2).
    wooshpay_codegen::generate(&spec, &out, &options).expect("run");
    assert_eq!(version(&out), "1.5.0");
    // A breaking change: major.
    std::fs::write(&spec, BASE).expect("write");
    let report = wooshpay_codegen::generate(&spec, &out, &options).expect("run");
    assert_eq!(version(&out), "2.0.0");
    assert!(std::fs::read_to_string(out.join("api.json"))
        .expect("api.json")
        .contains("\"version\": \"2.0.0\""));
    let changes = report.changes.expect("changes");
    assert_eq!(
        (changes.old_version.as_str(), changes.bump()),
        ("1.5.0", "major")
    );
    let changelog = std::fs::read_to_string(out.join("CHANGELOG.md")).expect("changelog");
    assert_eq!(changelog.matches("\n## ").count(), 2, "{changelog}");
    assert!(
        changelog.contains("## 1.5.0 (from 1.4.2: minor bump)"),
        "{changelog}"
    );
    assert!(
        changelog.contains("## 2.0.0 (from 1.5.0: major bump, breaking)"),
        "{changelog}"
    );
}

#[test]
fn zero_versions_follow_cargo_rules() {
    use wooshpay_codegen::changes::bumped;
    assert_eq!(bumped("0.3.1", "major").as_deref(), Some("0.4.0"));
    assert_eq!(bumped("0.3.1", "minor").as_deref(), Some("0.3.2"));
    assert_eq!(bumped("0.0.7", "major").as_deref(), Some("0.0.8"));
    assert_eq!(bumped("1.2.3", "patch").as_deref(), Some("1.2.4"));
    assert_eq!(bumped("1.2.3", "minor").as_deref(), Some("1.3.0"));
    assert_eq!(bumped("x", "minor"), None);
}

#[test]
fn an_unchanged_api_appends_nothing() {
    let (report, changelog, dir) = regenerate(BASE, BASE, "");
    assert_eq!(report, "## 0.1.0: the public API is unchanged\n");
    assert!(!changelog.contains("\n## "), "{changelog}");
    let out = dir.path().join("crate");
    assert!(std::fs::read_to_string(out.join("api.json"))
        .expect("api.json")
        .contains("\"widgets.retrieve\""));
}
