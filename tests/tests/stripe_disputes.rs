//! Stripe's dispute slice (tests/fixtures/stripe_disputes.yaml, a copy of
//! ../shared/corpus/stripe/disputes.yaml): plain OpenAPI 3.0 from another provider, with form
//! bodies whose `encoding` says `deepObject`, `anyOf` expandables, `nullable` unions, and
//! properties named `type` and `object`.
//!
//! The generated crate is compiled by `cargo xtask corpus`, not here (it has ~1,000 types);
//! these tests check the report, the generated source, and that the form encoding the runtime
//! produces for the update body is what Stripe documents and what Prism accepts for the spec.

use std::path::PathBuf;

use serde_json::json;
use wooshpay_codegen::{Options, Severity};
use wooshpay_tests::prism::Prism;

// The runtime's encoding module, as copied into every generated crate; it names
// `crate::Error`, which is the same runtime error type as the `wooshpay` crate's.
#[allow(dead_code)]
#[path = "../../generator/runtime/src/encoding.rs"]
mod encoding;
#[allow(unused_imports)]
use wooshpay::Error;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/stripe_disputes.yaml")
}

fn options() -> Options {
    let mut options = Options::default();
    options.emit.crate_name = "stripe_disputes".into();
    options
}

/// Whether a warning says something was left out or typed loosely.
fn is_unsupported(message: &str) -> bool {
    [
        "not supported",
        "not generated",
        "not decoded",
        "unsupported",
        "skipped",
        "any JSON value",
    ]
    .iter()
    .any(|m| message.contains(m))
}

#[test]
fn generates_all_four_operations_with_no_unsupported_constructs() {
    let out = tempfile::tempdir().unwrap();
    let report = wooshpay_codegen::generate(&fixture(), out.path(), &options()).unwrap();
    assert_eq!(report.operations, 4, "{report}");
    assert_eq!(
        report.resources,
        vec![("disputes".to_owned(), 4)],
        "{report}"
    );
    assert!(
        report.types > 500,
        "the dispute pulls in charges, payment intents, ...: {report}"
    );
    let unsupported: Vec<String> = report
        .warnings()
        .filter(|d| is_unsupported(&d.message))
        .map(|d| d.to_string())
        .collect();
    assert!(unsupported.is_empty(), "{unsupported:#?}");
    // The remaining warnings are renames, each with the pointer of what was renamed.
    for d in report.warnings() {
        assert!(
            d.message.contains("using `") || d.message.contains("is named `"),
            "{d}"
        );
        assert!(
            d.location
                .pointer
                .as_deref()
                .is_some_and(|p| p.starts_with("#/")),
            "{d}"
        );
        assert!(d.location.line.is_some(), "warnings point at a line: {d}");
    }
    assert!(
        report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
            < 30,
        "{report}"
    );
    for file in [
        "Cargo.toml",
        "src/lib.rs",
        "src/types.rs",
        "src/resources/disputes.rs",
        "openapi.json",
    ] {
        assert!(out.path().join(file).is_file(), "{file} not written");
    }
}

#[test]
fn generated_source_uses_form_bodies_and_deep_object_queries() {
    let (files, _) = wooshpay_codegen::render(&fixture(), &options()).unwrap();
    // Whitespace-insensitive: how prettyplease wraps a call depends on its indentation.
    let ops: String = files["src/resources/disputes.rs"]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" .", ".");
    // Every POST sends its body form-encoded (the spec offers only x-www-form-urlencoded).
    assert_eq!(ops.matches("request.form_body(body)?;").count(), 2, "{ops}");
    assert!(!ops.contains("json_body"), "{ops}");
    // `created` and `expand` are deepObject query parameters; `limit` a plain one.
    assert!(
        ops.contains(
            "request.query(\"created\", value, crate::encoding::QueryStyle::DeepObject)?;"
        ),
        "{ops}"
    );
    assert!(
        ops.contains("request.query(\"expand\", value, crate::encoding::QueryStyle::DeepObject)?;"),
        "{ops}"
    );
    assert!(
        ops.contains("request.query(\"limit\", value, crate::encoding::QueryStyle::FormExplode)?;"),
        "{ops}"
    );
    assert!(
        ops.contains("[\"/v1/disputes/\", &*dispute_segment, \"/close\"].concat()"),
        "{ops}"
    );

    let types = &files["src/types.rs"];
    let flat: String = types.split_whitespace().collect::<Vec<_>>().join(" ");
    // The update body: evidence and metadata objects, expand list, submit flag.
    let body = flat
        .split("pub struct UpdateDispute {")
        .nth(1)
        .expect("update body struct")
        .split('}')
        .next()
        .unwrap();
    for field in [
        // Named after the schema's title (`dispute_evidence_params`), not its place.
        "pub evidence: Option<crate::types::DisputeEvidenceParams>",
        "pub expand: Option<Vec<String>>",
        "pub metadata: Option<crate::types::UpdateDisputeMetadata>",
        "pub submit: Option<bool>",
    ] {
        assert!(body.contains(field), "missing `{field}` in {body}");
    }
    // Keyword and expandable fields of the dispute itself.
    let dispute = flat
        .split("pub struct Dispute {")
        .nth(1)
        .expect("Dispute struct")
        .split("pub struct")
        .next()
        .unwrap();
    assert!(dispute.contains("pub object: "), "{dispute}");
    assert!(
        dispute.contains("pub charge: crate::Expandable<crate::types::Charge>"),
        "{dispute}"
    );
    assert!(
        flat.contains("pub r#type: "),
        "a property named `type` becomes `r#type`"
    );
}

/// What the generated `update` sends for a typical body: `evidence[customer_name]`,
/// `metadata[k]`, `expand[0]` (percent-encoded brackets are the same form field names).
fn update_form() -> String {
    encoding::form_body(&json!({
        "evidence": {"customer_name": "Jane Doe", "uncategorized_text": "Signed & delivered"},
        "expand": ["charge", "payment_intent"],
        "metadata": {"order_id": "6735"},
        "submit": false,
    }))
    .unwrap()
}

#[test]
fn update_form_body_has_stripe_field_names() {
    let form = update_form();
    let mut pairs: Vec<String> = form
        .split('&')
        .map(|p| p.replace("%5B", "[").replace("%5D", "]"))
        .collect();
    pairs.sort();
    assert_eq!(
        pairs,
        [
            "evidence[customer_name]=Jane+Doe",
            "evidence[uncategorized_text]=Signed+%26+delivered",
            "expand[0]=charge",
            "expand[1]=payment_intent",
            "metadata[order_id]=6735",
            "submit=false",
        ]
    );
}

/// The update operation of the fixture as Prism should serve it: the request exactly as the
/// spec has it (schema and `encoding`), the response cut down to a small example (Prism needs
/// minutes to dereference the whole dispute schema graph).
fn update_only_document(dir: &std::path::Path) -> PathBuf {
    let loaded =
        wooshpay_codegen::load::load(&fixture(), &wooshpay_codegen::Limits::default()).unwrap();
    let doc = loaded.document;
    let mut operation = doc["paths"]["/v1/disputes/{dispute}"]["post"].clone();
    assert_eq!(
        operation["requestBody"]["content"]["application/x-www-form-urlencoded"]["encoding"]
            ["evidence"]["style"],
        "deepObject"
    );
    operation["responses"] = json!({
        "200": {
            "description": "The dispute.",
            "content": {"application/json": {
                "schema": {"type": "object", "required": ["id", "object"], "properties": {"id": {"type": "string"}, "object": {"type": "string", "enum": ["dispute"]}}},
                "example": {"id": "dp_1MnkGcLkdIwHu7ixjFOfQhOS", "object": "dispute"}
            }}
        }
    });
    let trimmed = json!({
        "openapi": doc["openapi"],
        "info": doc["info"],
        "servers": doc["servers"],
        "security": doc["security"],
        "paths": {"/v1/disputes/{dispute}": {"post": operation}},
        "components": {"securitySchemes": doc["components"]["securitySchemes"]},
    });
    let text = serde_json::to_string_pretty(&trimmed).unwrap();
    assert!(
        !text.contains("$ref"),
        "the update request is self-contained"
    );
    let path = dir.join("stripe_dispute_update.json");
    std::fs::write(&path, text).unwrap();
    path
}

#[tokio::test]
async fn prism_accepts_the_generated_form_encoding() {
    let dir = tempfile::tempdir().unwrap();
    let prism = Prism::start(&update_only_document(dir.path()));
    let http = reqwest::Client::new();
    let send = |body: String| {
        http.post(format!(
            "{}/v1/disputes/dp_1MnkGcLkdIwHu7ixjFOfQhOS",
            prism.base_url()
        ))
        .header("Authorization", "Bearer sk_test_123")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .body(body)
        .send()
    };
    let response = send(update_form()).await.unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    assert_eq!(
        status,
        200,
        "Prism rejected the form body: {text}\n{}",
        prism.output()
    );
    let dispute: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(dispute["object"], "dispute", "{text}");

    assert!(
        prism
            .output()
            .contains("The request passed the validation rules"),
        "{}",
        prism.output()
    );

    // Validation bites where Prism checks form bodies: `evidence` is a deepObject, so a plain
    // `evidence=...` is refused. (Prism does not check member names or value types inside
    // form bodies — an unknown field or `submit=maybe` passes — so the exact field names are
    // asserted in `update_form_body_has_stripe_field_names` instead.)
    let flat = update_form().replace("evidence%5Bcustomer_name%5D=Jane+Doe", "evidence=Jane+Doe");
    let response = send(flat).await.unwrap();
    assert_eq!(response.status(), 422, "{}", prism.output());
}

/// Nothing is dropped silently: every component schema becomes a type (named after it, with
/// its pointer), and every path and method becomes an operation.
#[test]
fn every_component_and_operation_is_generated() {
    use std::collections::HashSet;
    use wooshpay_codegen::model;
    let loaded =
        wooshpay_codegen::load::load(&fixture(), &wooshpay_codegen::Limits::default()).unwrap();
    let api = model::build(&loaded.document, &mut Vec::new()).unwrap();
    let pointers: HashSet<&str> = api.types.iter().map(|t| t.pointer.as_str()).collect();
    let components = loaded.document["components"]["schemas"]
        .as_object()
        .unwrap();
    assert!(components.len() > 300, "{}", components.len());
    for name in components.keys() {
        let pointer = format!(
            "#/components/schemas/{}",
            name.replace('~', "~0").replace('/', "~1")
        );
        assert!(
            pointers.contains(pointer.as_str()),
            "component `{name}` has no generated type"
        );
    }
    let mut expected = HashSet::new();
    for (path, item) in loaded.document["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            if ["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                expected.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    let generated: HashSet<(String, String)> = api
        .resources
        .iter()
        .flat_map(|r| {
            r.operations
                .iter()
                .map(|o| (o.method.to_string(), o.path.to_string()))
        })
        .collect();
    assert_eq!(generated, expected);
}
