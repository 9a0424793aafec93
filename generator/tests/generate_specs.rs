//! End-to-end generation of the project's own specs: snapshots of the generated types and
//! operation signatures, determinism, the report, and the Apifox quirks that shape them.

use std::path::{Path, PathBuf};

use wooshpay_codegen::{DiagnosticKind, Files, Options, Report};

fn specs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs")
}

fn render() -> (Files, Report) {
    wooshpay_codegen::render(&specs(), &Options::default()).expect("specs/ generates")
}

/// The text of one top-level item (and the impls that follow it) from a generated file.
fn item(source: &str, header: &str) -> String {
    let start = source
        .find(header)
        .unwrap_or_else(|| panic!("`{header}` not in generated source"));
    // Include the doc comment and attributes just above the item.
    let before = &source[..start];
    let item_start = before.rfind("\n\n").map(|i| i + 2).unwrap_or(0);
    let rest = &source[item_start..];
    // Up to the next documented item: the impls after the item (`as_str`, `From`, serde)
    // are pinned with it.
    let end = rest[1..]
        .find("\n\n///")
        .map(|i| i + 2)
        .unwrap_or(rest.len());
    rest[..end].trim_end().to_owned()
}

#[test]
fn dispute_types_are_pinned() {
    let (files, _) = render();
    let types = &files["src/types.rs"];
    for name in [
        "pub struct Dispute {",
        "pub struct DisputeEvidence {",
        "pub struct DisputeEvidenceDetails {",
        "pub enum DisputeStatus {",
        "pub struct UpdateDispute {",
        "pub struct ListDisputes {",
        "pub struct ListDisputesCreated {",
        "pub struct ListDisputesResponse {",
    ] {
        let snapshot_name = name
            .trim_end_matches(" {")
            .replace("pub struct ", "")
            .replace("pub enum ", "");
        insta::assert_snapshot!(snapshot_name, item(types, name));
    }
}

#[test]
fn operation_signatures_are_pinned() {
    let (files, _) = render();
    let source = &files["src/resources/disputes.rs"];
    let mut signatures = Vec::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("pub async fn ") || trimmed.starts_with("pub fn ") {
            current = Some(String::new());
        }
        if let Some(sig) = current.as_mut() {
            sig.push_str(trimmed);
            sig.push(' ');
            if trimmed.ends_with('{') {
                signatures.push(
                    sig.trim()
                        .trim_end_matches(" {")
                        .trim_end_matches('{')
                        .trim()
                        .replace("( ", "(")
                        .replace(", )", ")")
                        .replace(" )", ")")
                        .replace("< ", "<")
                        .replace(" >", ">"),
                );
                current = None;
            }
        }
    }
    insta::assert_snapshot!("operation_signatures", signatures.join("\n"));
}

/// Seconds since the Unix epoch.
fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("the clock is after 1970")
        .as_secs()
}

/// The civil date (UTC) of day `days` since 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_date(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Where `text` holds the time around `now` (Unix seconds) as a generator could write it: a
/// date within a day of it (`2026-11-23`, `2026/11/23`, `20261123`), or a Unix time within a
/// day of it in seconds or milliseconds. Dates and times in the specs' own examples are years
/// old, so they never match.
fn clock_readings(text: &str, now: u64) -> Vec<String> {
    const DAY: u64 = 86_400;
    let mut found = Vec::new();
    let today = (now / DAY) as i64;
    for days in [today - 1, today, today + 1] {
        let (y, m, d) = civil_date(days);
        for date in [
            format!("{y}-{m:02}-{d:02}"),
            format!("{y}/{m:02}/{d:02}"),
            format!("{y}{m:02}{d:02}"),
        ] {
            if text.contains(&date) {
                found.push(date);
            }
        }
    }
    let near = |secs: u64| secs.abs_diff(now) <= DAY;
    for run in text.split(|c: char| !c.is_ascii_digit()) {
        let Ok(n) = run.parse::<u64>() else { continue };
        if (run.len() == 10 && near(n)) || (run.len() == 13 && near(n / 1000)) {
            found.push(run.to_owned());
        }
    }
    found
}

#[test]
fn the_clock_probe_finds_times_in_any_form() {
    let now = 1_795_392_000; // 2026-11-23T00:00:00Z
    assert_eq!(civil_date(0), (1970, 1, 1));
    assert_eq!(civil_date((now / 86_400) as i64), (2026, 11, 23));
    assert_eq!(civil_date(11_016), (2000, 2, 29));
    for text in [
        "// generated on 2026-11-23",
        "built 2026/11/22 12:00",
        "v20261124",
        "at 1795424400 (unix)",
        "\"ts\": 1795420800123",
    ] {
        assert!(!clock_readings(text, now).is_empty(), "{text}");
    }
    // The specs' own example times (2022, 2023) and other numbers are not readings.
    for text in [
        "due_by: 1671321599",
        "2023-01-02",
        "amount 17954208001234567",
        "2026-11-26",
    ] {
        assert!(clock_readings(text, now).is_empty(), "{text}");
    }
}

/// Two runs give the same files, every file has the generated header, and no file holds the
/// time it was made: the second run starts in a later second than the first, so a clock
/// reading of any resolution would differ, and no file holds today's date or a Unix time near
/// now in any of the usual forms.
#[test]
fn generation_is_deterministic_and_every_file_has_a_header() {
    let started = unix_now();
    let (a, _) = render();
    while unix_now() == started {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let (b, _) = render();
    assert_eq!(a, b, "two runs over the same specs differ");
    let now = unix_now();
    for (path, text) in &a {
        if path.ends_with(".rs") {
            assert!(
                text.starts_with("// @generated from specs/ by `cargo xtask regenerate`."),
                "{path} has no generated header"
            );
        } else if path.ends_with(".toml") {
            assert!(
                text.starts_with("# @generated from specs/ by `cargo xtask regenerate`."),
                "{path} has no generated header"
            );
        }
        let readings = clock_readings(text, now);
        assert!(
            readings.is_empty(),
            "{path} holds the time it was made: {readings:?}"
        );
    }
    let doc: serde_json::Value =
        serde_json::from_str(&a["openapi.json"]).expect("normalized document is JSON");
    assert!(doc["info"]["x-generated"]
        .as_str()
        .unwrap()
        .contains("do not edit"));
}

#[test]
fn report_counts_what_was_read_and_made() {
    let (_, report) = render();
    assert_eq!(report.files.len(), 60, "{report}");
    assert_eq!(
        report.resources,
        vec![
            ("balance".to_owned(), 1),
            ("beneficiaries".to_owned(), 2),
            ("charges".to_owned(), 2),
            ("checkout_sessions".to_owned(), 4),
            ("coupons".to_owned(), 2),
            ("customers".to_owned(), 2),
            ("disputes".to_owned(), 4),
            ("events".to_owned(), 1),
            ("files".to_owned(), 1),
            ("invoices".to_owned(), 1),
            ("issuing_authorizations".to_owned(), 2),
            ("payment_intents".to_owned(), 8),
            ("payment_links".to_owned(), 4),
            ("payment_methods".to_owned(), 7),
            ("payouts".to_owned(), 3),
            ("prices".to_owned(), 2),
            ("products".to_owned(), 1),
            ("promotion_codes".to_owned(), 1),
            ("refunds".to_owned(), 2),
            ("setup_intents".to_owned(), 3),
            ("subscription_items".to_owned(), 1),
            ("subscriptions".to_owned(), 2),
            ("webhook_endpoints".to_owned(), 3),
        ]
    );
    assert_eq!(report.operations, 59);
    // The only warnings: list pages and list requests inheriting WooshPay's shared `List` and
    // `List Request` with changes (as WooshPay's exports write them) get types of their own.
    assert_eq!(report.warnings().count(), 11, "{report}");
    assert!(
        report
            .warnings()
            .all(|w| w.kind == DiagnosticKind::Inheritance && w.message.contains("`List")),
        "{report}"
    );
    let text = report.render(true);
    assert!(
        text.contains("uses `Dispute` as is"),
        "close's x-apifox-overrides are explained: {text}"
    );
    assert!(
        text.contains("close_dispute.yaml:40:15"),
        "notes name the file, line and column: {text}"
    );
}

#[test]
fn apifox_quirks_shape_the_output() {
    let (files, _) = render();
    let types = &files["src/types.rs"];
    let resource = &files["src/resources/disputes.rs"];
    let close = resource
        .lines()
        .find(|line| line.contains("pub fn close("))
        .unwrap_or_else(|| panic!("no close in {resource}"));
    // x-apifox-overrides only removed optional properties: close returns the shared type.
    assert!(
        close.contains("-> crate::Call<'a, crate::types::Dispute>"),
        "{close}"
    );
    // A description next to a $ref is kept as the field's documentation.
    let dispute = item(types, "pub struct Dispute {");
    assert!(
        dispute.contains("/// Evidence provided to respond to a dispute."),
        "{dispute}"
    );
    // x-apifox-orders sets field order.
    let order: Vec<usize> = [
        "pub id:",
        "pub object:",
        "pub amount:",
        "pub balance_transactions:",
        "pub reason_code:",
    ]
    .iter()
    .map(|f| dispute.find(f).unwrap_or_else(|| panic!("{f} missing")))
    .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "fields out of x-apifox-orders order"
    );
    // （未实现） becomes an English note.
    assert!(dispute.contains("Not implemented by the API yet"));
    // Integers are i64; metadata is an indexable map.
    assert!(dispute.contains("pub amount: Option<i64>"));
    assert!(dispute
        .contains("pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>"));
    // Optional properties are nullable in the normalized document Prism validates against.
    let doc: serde_json::Value = serde_json::from_str(&files["openapi.json"]).unwrap();
    let evidence = &doc["components"]["schemas"]["Dispute Evidence"]["properties"]["customer_name"];
    assert_eq!(evidence["nullable"], true);
    // An optional enum is nullable without `null` among its values (Prism stops validating a
    // body whose enum lists `null`).
    let status = &doc["components"]["schemas"]["Dispute"]["properties"]["status"];
    assert_eq!(status["nullable"], true);
    assert!(!status["enum"]
        .as_array()
        .unwrap()
        .contains(&serde_json::Value::Null));
}

#[test]
fn generated_crate_is_self_contained() {
    let (files, _) = render();
    let manifest = &files["Cargo.toml"];
    assert!(
        !manifest.contains("path ="),
        "no path dependencies: the crate must build when vendored"
    );
    assert!(
        !manifest.contains("workspace = true"),
        "no workspace inheritance: the crate must build when vendored"
    );
    assert!(manifest.contains("name = \"wooshpay\""));
}

#[test]
fn generated_client_folder_is_up_to_date() {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated-client");
    let mut options = Options::default();
    options.emit.extras_dir = Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("../xtask/extras"));
    let (drift, _) = wooshpay_codegen::check(&specs(), &out, &options).unwrap();
    assert!(
        drift.is_empty(),
        "generated-client/ is stale; run `cargo xtask regenerate`: {drift:?}"
    );
}

/// A file-upload API: multipart bodies with files, an empty multipart body on a GET (as Apifox
/// exports "no body"), and a download returning raw bytes.
const UPLOADS: &str = r#"
openapi: 3.0.1
info: {title: Uploads, version: '1'}
servers: [{url: 'https://files.example.com'}]
paths:
  /v1/files:
    post:
      summary: Create a file
      tags: [Files]
      requestBody:
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file, purpose]
              properties:
                file: {type: string, format: binary, description: The file.}
                purpose: {type: string, enum: [dispute_evidence, identity_document]}
                extra_files: {type: array, items: {type: string, format: binary}}
                note: {type: string}
      responses:
        '200':
          description: ''
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
  /v1/files/{id}/contents:
    get:
      summary: Download a file
      tags: [Files]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: Content-Type, in: header, required: true, example: multipart/form-data, schema: {type: string}}
      requestBody:
        content:
          multipart/form-data:
            schema: {type: object, properties: {}}
      responses:
        '200':
          description: ''
          content:
            application/pdf:
              schema: {type: string, format: binary}
"#;

#[test]
fn multipart_uploads_and_binary_downloads() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("files.yaml"), UPLOADS).unwrap();
    let (files, report) = wooshpay_codegen::render(dir.path(), &Options::default()).unwrap();
    assert_eq!(report.operations, 2, "{report}");
    let types = &files["src/types.rs"];
    let body = item(types, "pub struct CreateFile {");
    assert!(body.contains("pub file: crate::FileUpload,"), "{body}");
    assert!(
        body.contains("pub extra_files: Option<Vec<crate::FileUpload>>,"),
        "{body}"
    );
    assert!(
        body.contains("pub purpose: crate::types::CreateFilePurpose,"),
        "{body}"
    );
    let ops = &files["src/resources/files.rs"];
    let method = |name: &str| {
        let start = ops.find(name).unwrap_or_else(|| panic!("{name} missing"));
        let end = ops[start..]
            .find("\n    }\n")
            .map_or(ops.len(), |e| start + e);
        ops[start..end].to_owned()
    };
    let create = method("pub fn create(");
    assert!(create.contains("form.file(\"file\", value);"), "{create}");
    assert!(
        create.contains("form.files(\"extra_files\", value);"),
        "{create}"
    );
    assert!(
        create.contains("form.text(\"purpose\", value)?;"),
        "{create}"
    );
    assert!(create.contains("request.multipart_body(form);"), "{create}");
    let download = method("pub fn download(");
    assert!(download.contains("crate::Call<'a, Vec<u8>>"), "{download}");
    assert!(download.contains("decode_bytes"), "{download}");
    assert!(
        !download.contains("body"),
        "the empty multipart body is dropped: {download}"
    );
    let has = |kind: DiagnosticKind, word: &str| {
        report
            .diagnostics
            .iter()
            .any(|d| d.kind == kind && d.message.contains(word))
    };
    assert!(has(DiagnosticKind::EmptyBody, "`download`"), "{report}");
    assert!(has(DiagnosticKind::RawResponse, ""), "{report}");
}
