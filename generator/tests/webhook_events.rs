//! Typed webhook objects in the generator: `[[webhooks.events]]` `object = "Type"` names the
//! `EventObject` variant of the event's `data.object`. A name that is no generated type is a
//! located settings error; each variant is gated like its type; the types events name are
//! decoded (`Deserialize` without the feature) and kept by `[resources]` selections.

use std::path::{Path, PathBuf};

use wooshpay_codegen::{Error, Files, Options, Settings};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn specs() -> PathBuf {
    root().join("specs")
}

/// WooshPay's settings with `extra` appended.
fn project_settings(extra: &str) -> String {
    let text = std::fs::read_to_string(specs().join("codegen.toml")).expect("specs/codegen.toml");
    // The text is parsed as `codegen.toml` in the working directory: its overlays are named
    // where they are.
    let text = text.replace("\"overlays/", &format!("\"{}/overlays/", specs().display()));
    format!("{text}\n{extra}")
}

fn render_with(settings: &str) -> Result<Files, Error> {
    let options = Options {
        settings: Some(Settings::parse(settings, "codegen.toml")?),
        ..Default::default()
    };
    wooshpay_codegen::render(&specs(), &options).map(|(files, _)| files)
}

/// Minimal webhook settings with these `(type, object)` events.
fn webhooks_settings(events: &[(&str, &str)]) -> String {
    let mut text = String::from(
        "[conventions]\nwebhook_signature = \"timestamped-hmac-sha256\"\n[webhooks]\nsignature_header = \"S\"\n",
    );
    for (wire, object) in events {
        text.push_str(&format!(
            "[[webhooks.events]]\ntype = \"{wire}\"\nobject = \"{object}\"\n"
        ));
    }
    text
}

/// The `#[cfg(...)]` line right before `line` in `text` (None: no gate).
fn gate_before<'a>(text: &'a str, line: &str) -> Option<&'a str> {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.trim() == line)
        .unwrap_or_else(|| panic!("no line `{line}`"));
    // Skip the doc comment and derives back to a cfg, stopping at the previous item.
    lines[..at]
        .iter()
        .rev()
        .take_while(|l| l.trim_start().starts_with("#[") || l.trim_start().starts_with("///"))
        .find(|l| l.trim_start().starts_with("#[cfg("))
        .map(|l| l.trim())
}

#[test]
fn an_object_naming_no_type_is_a_located_error() {
    let text = webhooks_settings(&[
        ("charge.dispute.created", "Dispute"),
        ("a.b", "NoSuchObject"),
    ]);
    let err = render_with(&text).expect_err("unknown object type");
    assert_eq!(
        err.to_string(),
        "codegen.toml:10:10: settings: no generated type `NoSuchObject` for the `data.object` of `a.b` events"
    );
    // A near miss names the types it could be.
    let err = render_with(&webhooks_settings(&[("x.y", "dispute")])).expect_err("lower case");
    assert!(
        err.to_string().starts_with(
            "codegen.toml:7:10: settings: no generated type `dispute` for the `data.object` of `x.y` events (did you mean `Dispute`, "
        ),
        "{err}"
    );
    // The names are the Rust ones after renames: the old name is no longer a type.
    let text = format!(
        "{}[renames.types]\nRefund = \"RefundObject\"\n",
        webhooks_settings(&[("charge.refund.updated", "Refund")])
    );
    let err = render_with(&text).expect_err("renamed away");
    assert!(
        err.to_string().starts_with(
            "codegen.toml:7:10: settings: no generated type `Refund` for the `data.object` of `charge.refund.updated` events ([renames.types] renames it to `RefundObject`: use that name)"
        ),
        "{err}"
    );
}

#[test]
fn each_variant_is_gated_like_its_type() {
    let files = render_with(&project_settings("")).expect("renders");
    let webhooks = &files["src/webhooks/events.rs"];
    let types = &files["src/types.rs"];
    for object in [
        "Charge",
        "Dispute",
        "Refund",
        "CheckoutSession",
        "PaymentIntent",
        "SetupIntent",
    ] {
        let variant = format!("{object}(crate::types::{object}) =");
        let variant_gate = gate_before(webhooks, &variant);
        let type_gate = gate_before(types, &format!("pub struct {object} {{"));
        assert!(variant_gate.is_some(), "{object} is a resource's type");
        assert_eq!(variant_gate, type_gate, "{object}");
    }
    // One variant per type, every event type carrying it listed once.
    assert_eq!(
        webhooks.matches("Dispute(crate::types::Dispute) =").count(),
        1
    );
    let call = &webhooks[webhooks.find("\nevent_objects! {\n").expect("the call")..];
    for wire in [
        "charge.dispute.created",
        "charge.dispute.closed",
        "charge.dispute.funds_reinstated",
    ] {
        assert_eq!(call.matches(&format!("\"{wire}\"")).count(), 1, "{wire}");
    }
    assert!(webhooks.contains("use super::{Event, WebhookError};\n"));
    let runtime = &files["src/webhooks.rs"];
    assert!(runtime.contains("            Unknown(serde_json::Value),\n"));
    assert!(runtime.contains("pub fn object(&self) -> Result<EventObject, WebhookError>"));
    assert!(runtime.contains("\nmod events;\n"));
    // The crate docs match on the first variant (`charge.captured`'s).
    assert!(
        files["src/lib.rs"]
            .contains("//! match event.object()? {\n//!     EventObject::Charge(charge) => "),
        "{}",
        files["src/lib.rs"]
    );
}

#[test]
fn a_type_named_unknown_gets_another_variant_and_renamed_types_work() {
    let text = format!(
        "{}[renames.types]\nRefund = \"Unknown\"\nDispute = \"Chargeback\"\n",
        webhooks_settings(&[
            ("charge.refund.updated", "Unknown"),
            ("charge.dispute.created", "Chargeback"),
            ("charge.dispute.closed", "Chargeback"),
        ])
    );
    let files = render_with(&text).expect("renders");
    let webhooks = &files["src/webhooks/events.rs"];
    assert!(
        webhooks.contains(
            "    UnknownType(crate::types::Unknown) =\n        \"charge.refund.updated\",\n"
        ),
        "{webhooks}"
    );
    assert!(
        webhooks.contains(
            "    Chargeback(crate::types::Chargeback) =\n        \"charge.dispute.created\"\n        | \"charge.dispute.closed\",\n"
        ),
        "{webhooks}"
    );
}

#[test]
fn types_events_name_are_decoded_and_kept() {
    // A request body named as an event's object gets `Deserialize` in every build.
    let text = webhooks_settings(&[("refund.requested", "CreateRefund")]);
    let files = render_with(&text).expect("renders");
    let types = &files["src/types.rs"];
    let decoder = "impl<'de> serde::Deserialize<'de> for CreateRefund {";
    assert!(types.contains(decoder), "CreateRefund is decoded");
    assert_eq!(
        gate_before(types, decoder),
        Some("#[cfg(feature = \"refunds\")]"),
        "not behind the `deserialize` feature"
    );
    let plain = render_with(&webhooks_settings(&[])).expect("renders");
    let plain_types = &plain["src/types.rs"];
    let at = plain_types.find(decoder).expect("decoder with the feature");
    assert!(
        plain_types[..at]
            .ends_with("#[cfg(feature = \"refunds\")]\n#[cfg(feature = \"deserialize\")]\n"),
        "without the event, the request body decodes only with the feature"
    );
    assert!(plain["src/webhooks/events.rs"].contains("event_objects! {\n}\n"));
    // An event without an object is an event type with no match arm (its object is JSON), and
    // the crate docs read the object as JSON.
    let untyped = render_with(&format!(
        "{}[[webhooks.events]]\ntype = \"thing.happened\"\n",
        webhooks_settings(&[])
    ))
    .expect("renders");
    let webhooks = &untyped["src/webhooks/events.rs"];
    assert!(webhooks.contains("    ThingHappened => \"thing.happened\",\n"));
    assert!(webhooks.contains("event_objects! {\n}\n"), "{webhooks}");
    assert!(untyped["src/lib.rs"].contains(
        "//! if event.type_ == EventType::ThingHappened {\n//!     let object: serde_json::Value = event.data_object()?;"
    ));

    // Leaving the disputes resource out keeps the type its events name (with what it refers
    // to), compiled by the feature of types no operation uses.
    let files =
        render_with(&project_settings("[resources]\nexclude = [\"disputes\"]\n")).expect("renders");
    assert!(!files["src/lib.rs"].contains("fn disputes("));
    let types = &files["src/types.rs"];
    assert_eq!(
        gate_before(types, "pub struct Dispute {"),
        Some("#[cfg(feature = \"unreferenced_schemas\")]")
    );
    assert!(types.contains("pub struct DisputeEvidence {"));
    assert_eq!(
        gate_before(
            &files["src/webhooks/events.rs"],
            "Dispute(crate::types::Dispute) ="
        ),
        Some("#[cfg(feature = \"unreferenced_schemas\")]")
    );
}
