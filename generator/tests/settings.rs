//! Generator settings (`codegen.toml`): parsing and validation with located errors, what each
//! section changes in the generated crate, and crates for other APIs that carry no WooshPay text.

use std::path::{Path, PathBuf};

use wooshpay_codegen::{DiagnosticKind, Error, Files, Options, Settings};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn parse_err(text: &str) -> String {
    match Settings::parse(text, "codegen.toml") {
        Ok(_) => panic!("settings accepted:\n{text}"),
        Err(e) => e.to_string(),
    }
}

fn render_with(spec: &Path, settings: &str) -> Result<Files, Error> {
    let options = Options {
        settings: Some(Settings::parse(settings, "codegen.toml")?),
        ..Default::default()
    };
    wooshpay_codegen::render(spec, &options).map(|(files, _)| files)
}

fn wepay() -> PathBuf {
    root().join("tests/fixtures/wepay/dispute_update.yaml")
}

fn stripe_disputes() -> PathBuf {
    root().join("tests/fixtures/stripe_disputes.yaml")
}

#[test]
fn unknown_keys_are_rejected_with_line_and_column() {
    let err = parse_err("[crate]\nname = \"x\"\nnmae = \"y\"\n");
    assert!(err.starts_with("codegen.toml:3:1: settings: "), "{err}");
    assert!(err.contains("unknown field `nmae`"), "{err}");

    let err = parse_err("[webhooks]\nsignature_header = \"X-Sig\"\n\n[[webhooks.events]]\ntype = \"a.b\"\ndocs = \"x\"\n");
    assert!(err.starts_with("codegen.toml:6:1: settings: "), "{err}");
    assert!(err.contains("unknown field `docs`"), "{err}");

    let err = parse_err("[colours]\nred = 1\n");
    assert!(err.starts_with("codegen.toml:1:"), "{err}");
    assert!(err.contains("unknown field `colours`"), "{err}");
}

#[test]
fn wrong_types_are_rejected_with_line_and_column() {
    let err = parse_err("[webhooks]\nsignature_header = \"X-Sig\"\ntolerance_seconds = \"300\"\n");
    assert!(err.starts_with("codegen.toml:3:21: settings: "), "{err}");
    assert!(err.contains("invalid type"), "{err}");

    let err = parse_err("[auth]\nscheme = \"digest\"\n");
    assert!(err.starts_with("codegen.toml:2:10: settings: "), "{err}");
    assert!(err.contains("unknown variant `digest`"), "{err}");

    let err = parse_err("[resources]\ninclude = \"disputes\"\n");
    assert!(err.starts_with("codegen.toml:2:11: settings: "), "{err}");

    let err = parse_err("[crate\nname = 1\n");
    assert!(err.starts_with("codegen.toml:1:"), "{err}");
}

#[test]
fn invalid_values_are_located() {
    let err = parse_err("[crate]\nversion = \"1.0\"\n");
    assert_eq!(
        err,
        "codegen.toml:2:11: settings: `1.0` is not a version of the form MAJOR.MINOR.PATCH"
    );
    let err = parse_err("[crate]\nname = \"9lives\"\n");
    assert!(err.starts_with("codegen.toml:2:8: "), "{err}");
    let err = parse_err("[[environments]]\nname = \"test\"\nurl = \"ftp://x\"\n");
    assert_eq!(
        err,
        "codegen.toml:3:7: settings: `ftp://x` is not an http(s) URL"
    );
    let err = parse_err("[auth]\nscheme = \"header\"\n");
    assert!(err.starts_with("codegen.toml:2:10: "), "{err}");
    assert!(err.contains("need a `name`"), "{err}");
    let err = parse_err("[idempotency]\nheader = \"Idem Key\"\n");
    assert!(err.starts_with("codegen.toml:2:10: "), "{err}");
    let err = parse_err(
        "[webhooks]\nsignature_header = \"S\"\n[[webhooks.events]]\ntype = \"a\"\n[[webhooks.events]]\ntype = \"a\"\n",
    );
    assert!(err.starts_with("codegen.toml:6:8: "), "{err}");
    let err = parse_err("[renames.types]\nDispute = \"dispute\"\n");
    assert!(err.starts_with("codegen.toml:2:11: "), "{err}");
    let err = parse_err("[renames.operations]\nclose = \"shut\"\n");
    assert!(err.starts_with("codegen.toml:2:1: "), "{err}");
}

#[test]
fn names_the_spec_lacks_are_located_errors() {
    let err = render_with(&wepay(), "\n[resources]\ninclude = [\"refunds\"]\n")
        .expect_err("unknown resource");
    let text = err.to_string();
    assert!(
        text.starts_with("codegen.toml:3:12: settings: no resource `refunds`"),
        "{text}"
    );
    let err = render_with(&wepay(), "[renames.types]\nNoSuchType = \"Other\"\n")
        .expect_err("unknown type");
    assert!(
        err.to_string()
            .starts_with("codegen.toml:2:1: settings: no generated type `NoSuchType`"),
        "{err}"
    );
    let err = render_with(
        &root().join("specs"),
        "[webhooks]\nsignature_header = \"S\"\n[[webhooks.events]]\ntype = \"a.b\"\nobject = \"NoSuchObject\"\n[conventions]\nwebhook_signature = \"timestamped-hmac-sha256\"\n",
    )
    .expect_err("unknown object type");
    assert!(
        err.to_string()
            .starts_with("codegen.toml:5:10: settings: no generated type `NoSuchObject`"),
        "{err}"
    );
}

/// Every file of a crate for another API: none may speak of WooshPay.
fn assert_no_wooshpay_text(files: &Files, has_disputes: bool) {
    assert!(
        !files.contains_key("src/webhooks.rs"),
        "no webhook module without settings"
    );
    for (path, text) in files {
        let lower = text.to_lowercase();
        for needle in ["wooshpay", "whsec_", "charge.dispute", "dp_123"] {
            assert!(!lower.contains(needle), "{path} mentions `{needle}`");
        }
        if !has_disputes {
            assert!(!text.contains("disputes()"), "{path} mentions `disputes()`");
        }
    }
    assert!(
        !files["Cargo.toml"].contains("hmac"),
        "no webhook dependencies"
    );
    assert!(!files["src/lib.rs"].contains("pub mod webhooks"));
}

#[test]
fn crates_for_other_apis_carry_no_wooshpay_text() {
    let (files, _) = wooshpay_codegen::render(&wepay(), &Options::default()).expect("wepay");
    assert_no_wooshpay_text(&files, true);
    // The crate is named after the API, and the docs call one of its own operations.
    assert!(
        files["Cargo.toml"].contains("name = \"we_pay_disputes\""),
        "{}",
        files["Cargo.toml"]
    );
    let lib = &files["src/lib.rs"];
    assert!(lib.contains("we_pay_disputes::Client::new("), "{lib}");
    assert!(
        lib.contains("(`client.disputes()`)") || lib.contains("client."),
        "{lib}"
    );

    let (files, _) =
        wooshpay_codegen::render(&stripe_disputes(), &Options::default()).expect("stripe");
    assert_no_wooshpay_text(&files, true);
    assert!(files["Cargo.toml"].contains("name = \"stripe_api\""));
    assert!(files["src/lib.rs"].contains("stripe_api::Client::new("));
}

#[test]
fn the_docs_example_calls_an_operation_of_the_api() {
    let (files, _) =
        wooshpay_codegen::render(&stripe_disputes(), &Options::default()).expect("stripe");
    let lib = &files["src/lib.rs"];
    let resources = &files["src/resources/mod.rs"];
    let call = lib
        .lines()
        .find_map(|l| l.strip_prefix("//! let value = client."))
        .unwrap_or_else(|| panic!("no example call in\n{lib}"));
    let resource = call.split("()").next().unwrap_or_default();
    assert!(
        resources.contains(&format!("pub mod {resource};")),
        "{resource} is not a resource: {resources}"
    );
}

const WEBHOOKS: &str = r#"
[crate]
name = "acme"
version = "2.3.4"
description = "Acme's client"

[[environments]]
name = "sandbox"
url = "https://sandbox.acme.test/"
key_prefixes = ["acme_sb_"]

[[environments]]
name = "production"
url = "https://acme.test"

[auth]
scheme = "header"
name = "X-Acme-Key"

[idempotency]
header = "X-Acme-Once"

[conventions]
webhook_signature = "timestamped-hmac-sha256"

[webhooks]
signature_header = "Acme-Signature"
scheme = "s1"
tolerance_seconds = 120
secret_prefix = "acme_whs_"

[[webhooks.events]]
type = "payment.settled"
doc = "the money arrived."

[[webhooks.events]]
type = "payment.failed"

[[webhooks.type_groups]]
method = "is_payment"
prefix = "payment."
"#;

#[test]
fn settings_shape_the_crate() {
    let files = render_with(&wepay(), WEBHOOKS).expect("renders");
    let cargo = &files["Cargo.toml"];
    assert!(
        cargo.contains("name = \"acme\"\nversion = \"2.3.4\""),
        "{cargo}"
    );
    assert!(cargo.contains("description = \"Acme's client\""), "{cargo}");
    assert!(cargo.contains("hmac = "), "{cargo}");
    let lib = &files["src/lib.rs"];
    assert!(lib.contains("pub mod webhooks;"), "{lib}");
    assert!(
        lib.contains("Sandbox,") && lib.contains("Production,"),
        "{lib}"
    );
    assert!(
        lib.contains("Self::Sandbox => \"https://sandbox.acme.test\""),
        "{lib}"
    );
    assert!(
        lib.contains("crate::client::Credential::header(\"X-Acme-Key\", x_acme_key)"),
        "{lib}"
    );
    assert!(lib.contains("checks the `Acme-Signature` header"), "{lib}");
    assert!(lib.contains("\"acme_whs_...\""), "{lib}");
    assert!(lib.contains("EventType::PaymentSettled"), "{lib}");
    let config = &files["src/config.rs"];
    assert!(config.contains("const IDEMPOTENCY_HEADER: &str = \"X-Acme-Once\";"));
    assert!(config.contains("const WEBHOOK_SIGNATURE_HEADER: &str = \"Acme-Signature\";"));
    assert!(config.contains("const WEBHOOK_SCHEME: &str = \"s1\";"));
    assert!(config.contains("const WEBHOOK_TOLERANCE_SECONDS: u64 = 120;"));
    // The runtime's files are copied as they are: no text of the API in them.
    assert_eq!(
        files["src/webhooks.rs"],
        format!(
            "{}\n\n{}",
            files["src/webhooks.rs"]
                .split("\n\n")
                .next()
                .unwrap_or_default(),
            include_str!("../runtime/src/webhooks.rs")
        )
    );
    let webhooks = &files["src/webhooks/events.rs"];
    assert!(webhooks.contains("    /// `payment.settled`: the money arrived.\n    PaymentSettled => \"payment.settled\",\n"));
    assert!(webhooks.contains("    PaymentFailed => \"payment.failed\",\n"));
    assert!(webhooks.contains(
        "pub fn is_payment(&self) -> bool {\n        self.as_str().starts_with(\"payment.\")"
    ));
    for (path, text) in &files {
        for needle in ["__", "Wooshpay", "whsec_", "charge.dispute"] {
            if needle == "__" {
                assert!(
                    !text.contains("__SIGNATURE")
                        && !text.contains("__SCHEME__")
                        && !text.contains("__EVENT_TYPES__")
                        && !text.contains("__TOLERANCE")
                        && !text.contains("__EXAMPLE_EVENT__")
                        && !text.contains("__SECRET"),
                    "{path} has a placeholder left"
                );
            } else {
                assert!(!text.contains(needle), "{path} mentions {needle}");
            }
        }
    }
}

#[test]
fn spec_webhooks_give_the_event_types_and_a_note_without_settings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("api.yaml");
    std::fs::write(
        &spec,
        r#"openapi: 3.1.0
info: {title: Hooks, version: "1"}
servers: [{url: "https://hooks.test"}]
paths:
  /things/{id}:
    get:
      operationId: getThing
      tags: [things]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}
webhooks:
  thing.created:
    post:
      requestBody: {content: {application/json: {schema: {type: object}}}}
      responses: {"200": {description: ok}}
  thing.deleted:
    post:
      responses: {"200": {description: ok}}
"#,
    )
    .expect("write");
    let (files, report) = wooshpay_codegen::render(&spec, &Options::default()).expect("renders");
    assert!(!files.contains_key("src/webhooks.rs"));
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::Webhooks),
        "{report}"
    );
    // How deliveries are signed is a convention the settings state, never assumed.
    std::fs::write(
        dir.path().join("codegen.toml"),
        "[webhooks]\nsignature_header = \"Hook-Signature\"\n",
    )
    .expect("write");
    let err =
        wooshpay_codegen::render(dir.path(), &Options::default()).expect_err("no signature format");
    assert!(
        err.to_string()
            .contains("[webhooks] needs the signature format"),
        "{err}"
    );
    std::fs::write(
        dir.path().join("codegen.toml"),
        "[webhooks]\nsignature_header = \"Hook-Signature\"\n[conventions]\npreset = \"stripe-like\"\n",
    )
    .expect("write");
    let (files, _) = wooshpay_codegen::render(dir.path(), &Options::default()).expect("renders");
    let webhooks = &files["src/webhooks/events.rs"];
    assert!(
        webhooks.contains("ThingCreated => \"thing.created\","),
        "{webhooks}"
    );
    assert!(
        webhooks.contains("ThingDeleted => \"thing.deleted\","),
        "{webhooks}"
    );
    assert!(files["Cargo.toml"].contains("name = \"hooks\""));
}

#[test]
fn resources_are_selected_and_unreached_types_dropped() {
    let specs = root().join("specs");
    let files = render_with(
        &specs,
        "[resources]\nexclude = [\"disputes\"]\n[webhooks]\nenabled = false\n",
    )
    .expect("renders");
    assert!(!files
        .keys()
        .any(|k| k.starts_with("src/resources/disputes")));
    assert!(
        !files["src/types.rs"].contains("pub struct Dispute "),
        "{}",
        files["src/types.rs"]
    );
    let files = render_with(&specs, "[resources]\ninclude = [\"disputes\"]\n").expect("renders");
    assert!(files.contains_key("src/resources/disputes.rs"));
    assert!(files["src/types.rs"].contains("pub struct Dispute {"));
}

#[test]
fn types_and_operations_are_renamed_everywhere() {
    let files = render_with(
        &root().join("specs"),
        "[renames.types]\nDispute = \"Chargeback\"\nDisputeStatus = \"ChargebackStatus\"\n[renames.operations]\n\"disputes.close\" = \"accept\"\n",
    )
    .expect("renders");
    let types = &files["src/types.rs"];
    assert!(types.contains("pub struct Chargeback {"), "{types}");
    assert!(types.contains("pub enum ChargebackStatus {"));
    assert!(
        types.contains("Option<crate::types::ChargebackStatus>"),
        "{types}"
    );
    assert!(!types.contains("pub struct Dispute {"));
    let disputes = &files["src/resources/disputes.rs"];
    assert!(disputes.contains("pub fn accept("), "{disputes}");
    assert!(!disputes.contains("pub fn close("));
    assert!(disputes.contains("crate::types::Chargeback") || disputes.contains("Chargeback"));
    assert!(!disputes.contains("types::Dispute>"));
    let err = render_with(
        &root().join("specs"),
        "[renames.operations]\n\"disputes.close\" = \"retrieve\"\n",
    )
    .expect_err("collision");
    assert!(
        err.to_string().starts_with(
            "codegen.toml:2:20: settings: `disputes` already has an operation `retrieve`"
        ),
        "{err}"
    );
}

#[test]
fn environments_keep_the_spec_key_prefixes_unless_they_set_their_own() {
    let specs = root().join("specs");
    let files = render_with(
        &specs,
        "[[environments]]\nname = \"sandbox\"\nurl = \"https://apitest.wooshpay.com\"\n[[environments]]\nname = \"prod\"\nurl = \"https://api.wooshpay.com\"\nkey_prefixes = [\"rk_live_\"]\n",
    )
    .expect("renders");
    let lib = &files["src/lib.rs"];
    assert!(lib.contains("\"sk_test_\""), "spec prefix kept: {lib}");
    assert!(lib.contains("\"rk_live_\""), "settings prefix used: {lib}");
    assert!(!lib.contains("\"sk_live_\""), "spec prefix replaced: {lib}");
    assert!(lib.contains("Client::new(\"sk_test_...\")"), "{lib}");
}

#[test]
fn the_repository_settings_are_discovered_and_keep_the_wooshpay_api() {
    let (files, _) =
        wooshpay_codegen::render(&root().join("specs"), &Options::default()).expect("renders");
    assert!(files["Cargo.toml"].contains("name = \"wooshpay\""));
    assert!(files["src/config.rs"]
        .contains("const WEBHOOK_SIGNATURE_HEADER: &str = \"Wooshpay-Signature\";"));
    let webhooks = &files["src/webhooks/events.rs"];
    assert!(webhooks.contains("ChargeDisputeCreated => \"charge.dispute.created\","));
    assert!(webhooks.contains("pub fn is_dispute(&self) -> bool"));
    assert!(files["src/lib.rs"].contains("Client::new(\"sk_test_...\")"));
}

#[test]
fn conventions_are_off_by_default_and_a_preset_fills_what_keys_leave_unset() {
    let config = |settings: &str| {
        let files = render_with(&wepay(), settings).expect("renders");
        files["src/config.rs"].clone()
    };
    // Off: no request-ID header, no error envelope, no error fields.
    let off = config("");
    assert!(off.contains("REQUEST_ID_HEADERS: &[&str] = &[];"), "{off}");
    assert!(
        off.contains("ERROR_ENVELOPE: Option<&str> = None;"),
        "{off}"
    );
    assert!(off.contains("ERROR_CODE_FIELDS: &[&str] = &[];"), "{off}");
    // The preset: Stripe's headers and envelope.
    let preset = config("[conventions]\npreset = \"stripe-like\"\n");
    assert!(
        preset.contains("REQUEST_ID_HEADERS: &[&str] = &[\"request-id\", \"x-request-id\"];"),
        "{preset}"
    );
    assert!(
        preset.contains("ERROR_ENVELOPE: Option<&str> = Some(\"error\");"),
        "{preset}"
    );
    // Keys override the preset's values; the rest stays the preset's.
    let both = config(
        "[conventions]\npreset = \"stripe-like\"\nrequest_id_headers = [\"X-Trace-Id\"]\nerror_envelope = \"\"\nerror_code_fields = [\"code\"]\nerror_message_fields = [\"message\", \"detail.text\"]\n",
    );
    assert!(
        both.contains("REQUEST_ID_HEADERS: &[&str] = &[\"x-trace-id\"];"),
        "{both}"
    );
    assert!(
        both.contains("ERROR_ENVELOPE: Option<&str> = None;"),
        "{both}"
    );
    assert!(
        both.contains("ERROR_CODE_FIELDS: &[&str] = &[\"code\"];"),
        "{both}"
    );
    assert!(
        both.contains("ERROR_MESSAGE_FIELDS: &[&str] = &[\"message\", \"detail.text\"];"),
        "{both}"
    );
    let err = render_with(&wepay(), "[conventions]\npreset = \"github-like\"\n")
        .expect_err("unknown preset");
    assert!(
        err.to_string().starts_with(
            "codegen.toml:2:10: settings: [conventions] preset: no preset `github-like` (there is `stripe-like`)"
        ),
        "{err}"
    );
    let err = render_with(
        &wepay(),
        "[conventions]\nrequest_id_headers = [\"Bad Header\"]\n",
    )
    .expect_err("bad header name");
    assert!(
        err.to_string()
            .contains("`Bad Header` is not a valid HTTP header name"),
        "{err}"
    );
}

#[test]
fn idempotency_headers_are_recognised_by_the_settings_only() {
    // WePay's `Unique-Key`: a header argument without the settings, the client's idempotency
    // key with them (the crate's settings next to the spec say so).
    let (files, _) = wooshpay_codegen::render(&wepay(), &Options::default()).expect("renders");
    let api = &files["api.json"];
    assert!(!api.to_lowercase().contains("unique_key"), "{api}");
    let plain = render_with(&wepay(), "").expect("renders");
    let api = &plain["api.json"];
    assert!(api.to_lowercase().contains("unique_key"), "{api}");
}
