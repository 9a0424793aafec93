//! WePay's "Update a dispute" (tests/fixtures/wepay/dispute_update.yaml, written from seed 001)
//! generates a client that authenticates with both `App-Id` and `App-Token`, always sends
//! `Api-Version: 3.0`, sends `Unique-Key` as the idempotency key, and whose types accept the
//! seed's response sample.
//!
//! The generated crate is not compiled here (that is `cargo xtask corpus`, which runs
//! `cargo check` on it); instead the sample is checked against the generated type model with
//! the rules serde's derives follow (required fields present and not null, `Option` fields
//! may be missing or null, string enums take any string, untagged enums any alternative).

use std::path::PathBuf;

use serde_json::Value;
use wooshpay_codegen::model::{self, TypeKind, TypeRef, TypeSpace};
use wooshpay_codegen::{load, Limits, Options, Severity};

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/wepay/dispute_update.yaml")
}

fn options() -> Options {
    let mut options = Options::default();
    options.emit.crate_name = "wepay_disputes".into();
    options
}

/// Checks that `value` decodes as `ty` under the generated types' serde rules; returns the
/// JSON path of the first mismatch.
pub fn decodes(value: &Value, ty: &TypeRef, types: &TypeSpace, path: &str) -> Result<(), String> {
    let fail = |what: &str| Err(format!("{path}: expected {what}, found {value}"));
    match ty {
        TypeRef::String => {
            if value.is_string() {
                Ok(())
            } else {
                fail("a string")
            }
        }
        TypeRef::I32 | TypeRef::I64 => {
            if value.is_i64() || value.is_u64() {
                Ok(())
            } else {
                fail("an integer")
            }
        }
        TypeRef::F64 => {
            if value.is_number() {
                Ok(())
            } else {
                fail("a number")
            }
        }
        TypeRef::Bool => {
            if value.is_boolean() {
                Ok(())
            } else {
                fail("a boolean")
            }
        }
        TypeRef::Json => Ok(()),
        // Raw bytes (file uploads, downloads) never come from a JSON document.
        TypeRef::Binary => fail("no JSON value (binary content)"),
        TypeRef::Boxed(inner) => decodes(value, inner, types, path),
        TypeRef::Nullable(_) if value.is_null() => Ok(()),
        TypeRef::Nullable(inner) => decodes(value, inner, types, path),
        TypeRef::Vec(item) => match value {
            Value::Array(items) => items
                .iter()
                .enumerate()
                .try_for_each(|(i, v)| decodes(v, item, types, &format!("{path}[{i}]"))),
            _ => fail("an array"),
        },
        TypeRef::Map(item) => match value {
            Value::Object(map) => map
                .iter()
                .try_for_each(|(k, v)| decodes(v, item, types, &format!("{path}.{k}"))),
            _ => fail("an object"),
        },
        TypeRef::Expandable(inner) => {
            if value.is_string() {
                Ok(())
            } else {
                decodes(value, inner, types, path)
            }
        }
        TypeRef::Named(id) => {
            let def = types
                .get(*id)
                .ok_or_else(|| format!("{path}: no generated type {id:?}"))?;
            let name = &def.name;
            match &def.kind {
                TypeKind::Alias(t) => decodes(value, t, types, path),
                TypeKind::StringEnum { .. } => {
                    if value.is_string() {
                        Ok(())
                    } else {
                        fail(&format!("a string (`{name}`)"))
                    }
                }
                TypeKind::OneOf(alts) => {
                    if alts
                        .iter()
                        .any(|a| decodes(value, &a.ty, types, path).is_ok())
                    {
                        Ok(())
                    } else {
                        fail(&format!("one of `{name}`'s alternatives"))
                    }
                }
                TypeKind::Tagged { tag, variants, .. } => {
                    // A tag the spec does not list decodes into the catch-all.
                    match variants
                        .iter()
                        .find(|v| value.get(tag).and_then(Value::as_str) == Some(&v.tag_value))
                    {
                        Some(v) => decodes(value, &v.ty, types, path),
                        None if value.is_object() => Ok(()),
                        None => fail(&format!("an object (`{name}`)")),
                    }
                }
                TypeKind::Struct(fields) => {
                    let Value::Object(map) = value else {
                        return fail(&format!("an object (`{name}`)"));
                    };
                    for f in fields {
                        let p = format!("{path}.{}", f.wire_name);
                        match map.get(&f.wire_name) {
                            None | Some(Value::Null) if !f.required => {}
                            None => {
                                return Err(format!("{p}: required field of `{name}` is missing"))
                            }
                            Some(v) => decodes(v, &f.ty, types, &p)?,
                        }
                    }
                    Ok(())
                }
            }
        }
    }
}

#[test]
fn generates_one_operation_with_no_unsupported_constructs() {
    let out = tempfile::tempdir().unwrap();
    let report = wooshpay_codegen::generate(&fixture(), out.path(), &options()).unwrap();
    assert_eq!(report.operations, 1, "{report}");
    assert_eq!(
        report.resources,
        vec![("disputes".to_owned(), 1)],
        "{report}"
    );
    // No warning; a note says WePay's `Error` schema cannot be called `Error` next to the
    // runtime's.
    assert_eq!(report.warnings().count(), 0, "{report}");
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Note
                && d.location.pointer.as_deref() == Some("#/components/schemas/Error")
                && d.message
                    .contains("`Error` is taken by the Rust prelude or the client runtime")),
        "{report}"
    );
    for file in [
        "Cargo.toml",
        "src/lib.rs",
        "src/types.rs",
        "src/resources/disputes.rs",
    ] {
        assert!(out.path().join(file).is_file(), "{file} not written");
    }
    let manifest = std::fs::read_to_string(out.path().join("Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"wepay_disputes\""), "{manifest}");
}

#[test]
fn generated_client_sends_wepay_headers() {
    let (files, _) = wooshpay_codegen::render(&fixture(), &options()).unwrap();
    let lib = &files["src/lib.rs"];
    let flat: String = lib.split_whitespace().collect::<Vec<_>>().join(" ");
    // Both keys of the one security requirement are constructor arguments, each in its header.
    assert!(
        flat.contains("pub fn new(app_id: impl Into<String>, app_token: impl Into<String>)"),
        "{lib}"
    );
    assert!(flat.contains("header(\"App-Id\", app_id)"), "{lib}");
    assert!(flat.contains("header(\"App-Token\", app_token)"), "{lib}");
    let ops = &files["src/resources/disputes.rs"];
    let flat: String = ops.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("pub fn update( &self, id: &str, body: &crate::types::UpdateDisputeRequest, ) -> crate::Call<'a, crate::types::Dispute>"), "{ops}");
    assert!(
        flat.contains("[\"/disputes/\", &*id_segment].concat()"),
        "{ops}"
    );
    // The required single-valued `Api-Version` header is fixed, not a parameter.
    assert!(
        flat.contains("request.header(\"Api-Version\", \"3.0\");"),
        "{ops}"
    );
    // `Unique-Key` carries the idempotency key (the same across retries).
    assert!(
        flat.contains("request.idempotency_header(\"Unique-Key\");"),
        "{ops}"
    );
    assert!(
        flat.contains("request.json_body(body, \"application/json\")?;"),
        "{ops}"
    );
    // Error responses decode through the runtime's error type; nothing operation-specific.
    assert!(
        !flat.contains("params"),
        "no parameter struct expected: {ops}"
    );
}

#[test]
fn seed_response_sample_decodes_into_the_generated_types() {
    let loaded = load::load(&fixture(), &Limits::default()).unwrap();
    let mut diagnostics = Vec::new();
    // WePay's `Unique-Key` is its idempotency header by its settings (`[idempotency]
    // recognize`, tests/fixtures/wepay/codegen.toml); without them it is a header parameter.
    let plain = model::build(&loaded.document, &mut Vec::new()).unwrap();
    assert_eq!(plain.resources[0].operations[0].idempotency_header, None);
    let conventions = model::ModelConventions {
        idempotency_headers: vec!["Unique-Key".into()],
        ..model::ModelConventions::default()
    };
    let api = model::build_with(&loaded.document, &conventions, &mut diagnostics).unwrap();
    let types = &api.types;
    let op = &api.resources[0].operations[0];
    assert_eq!(
        (op.method.as_str(), op.path.as_str()),
        ("POST", "/disputes/{id}")
    );
    assert_eq!(op.idempotency_header.as_deref(), Some("Unique-Key"));
    assert_eq!(
        op.fixed_headers,
        vec![("Api-Version".to_owned(), "3.0".to_owned())]
    );
    let response = op.response.as_ref().expect("the 200 response has a body");

    let sample = &loaded.document["paths"]["/disputes/{id}"]["post"]["responses"]["200"]["content"]
        ["application/json"]["example"];
    assert_eq!(sample["id"], "47521346-c054-11e7-abc4-cec278b6b50a");
    decodes(sample, response, &types, "$").unwrap();

    // The nullable members really are optional in the model, the rest required.
    let TypeKind::Struct(fields) = &types.by_name("Dispute").expect("Dispute").kind else {
        panic!("Dispute is a struct")
    };
    let required: Vec<&str> = fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.wire_name.as_str())
        .collect();
    for nullable in [
        "owner",
        "resolution",
        "custom_data",
        "txnr_chargeback_app_fees",
        "txnr_chargeback_reversal_merchant",
    ] {
        assert!(
            !required.contains(&nullable),
            "`{nullable}` is nullable, so optional"
        );
    }
    for plain in [
        "id",
        "status",
        "type",
        "amount",
        "payment",
        "card_brand",
        "documentation",
    ] {
        assert!(
            required.contains(&plain),
            "`{plain}` is required and not nullable"
        );
    }
    assert!(fields
        .iter()
        .any(|f| f.wire_name == "type" && f.rust_name.as_str() == "type" && f.rust_name.is_raw()));

    // Hostile-but-valid variations: a status this spec does not list still decodes; a missing
    // required field does not.
    let mut unknown_status = sample.clone();
    unknown_status["status"] = Value::from("escalated_to_arbitration");
    decodes(&unknown_status, response, &types, "$").unwrap();
    let mut missing = sample.clone();
    missing.as_object_mut().unwrap().remove("amount");
    assert!(decodes(&missing, response, &types, "$")
        .unwrap_err()
        .contains("$.amount"));

    // The request sample decodes into the body type too.
    let body = op.body.as_ref().expect("a JSON body");
    let request = &loaded.document["paths"]["/disputes/{id}"]["post"]["requestBody"]["content"]
        ["application/json"]["example"];
    decodes(request, &body.ty, &types, "$").unwrap();
}
