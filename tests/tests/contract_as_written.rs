//! Contract tests against the specs as written: the same client requests as
//! `contract_prism.rs` and `contract_prism_payments.rs` (shared through `contract_requests/`
//! and `contract_payment_requests/`), validated by a Prism that mocks
//! the specs merged across files but not normalized, so a request the generator's widened
//! document accepts but the real spec rejects fails here. `check_normalization` pins exactly
//! how the normalized document may differ from the specs as written.

use wooshpay_tests::prism::Prism;

mod contract_payment_requests;
mod contract_requests;

/// The Prism the shared request tests (`contract_requests`) talk to: the one mocking the specs
/// as written.
fn contract_prism() -> &'static Prism {
    Prism::shared_as_written()
}

/// Sends `body` as the update of dispute `dp_123` and returns Prism's status and body.
async fn post_update(prism: &Prism, body: &str) -> (u16, String) {
    post(prism, "/v1/disputes/dp_123", body).await
}

/// POSTs the JSON `body` to `path` and returns Prism's status and body.
async fn post(prism: &Prism, path: &str, body: &str) -> (u16, String) {
    let response = reqwest::Client::new()
        .post(format!("{}{path}", prism.base_url()))
        .basic_auth("sk_test_x", None::<&str>)
        .header("accept", "application/json")
        .header("content-type", "application/json")
        .body(body.to_owned())
        .send()
        .await
        .expect("Prism answers");
    let status = response.status().as_u16();
    (status, response.text().await.unwrap_or_default())
}

/// The as-written Prism validates requests (so the shared tests passing here mean something),
/// and it is stricter than the normalized one exactly where the normalizer widens: `null` for
/// an optional property is refused as written and accepted by the normalized document.
#[tokio::test]
async fn the_specs_as_written_refuse_what_the_normalized_document_widens() {
    let as_written = contract_prism();
    let (status, text) = post_update(as_written, r#"{"submit":"yes"}"#).await;
    assert_eq!(status, 422, "a string `submit` is refused: {text}");
    assert!(text.contains("submit"), "the error names the field: {text}");
    let (status, text) = post_update(as_written, r#"{"submit":true}"#).await;
    assert_eq!(status, 200, "a boolean `submit` passes: {text}");

    let widened = r#"{"submit":null}"#;
    let (status, text) = post_update(as_written, widened).await;
    assert_eq!(status, 422, "as written, `submit` is not nullable: {text}");
    let normalized = Prism::shared();
    let (status, text) = post_update(normalized, widened).await;
    assert_eq!(
        status, 200,
        "the normalized document widens `submit`: {text}"
    );
}

/// The same for the payment flow: the as-written Prism refuses a payment intent create whose
/// optional `description` is `null`, which the normalized document accepts, and both accept
/// the body without it.
#[tokio::test]
async fn the_payment_specs_as_written_refuse_what_the_normalized_document_widens() {
    let as_written = contract_prism();
    let normalized = Prism::shared();
    let path = "/v1/payment_intents";
    let plain = r#"{"amount":10,"currency":"USD"}"#;
    let widened = r#"{"amount":10,"currency":"USD","description":null}"#;
    for prism in [as_written, normalized] {
        let (status, text) = post(prism, path, plain).await;
        assert_eq!(status, 200, "{plain}: {text}");
    }
    let (status, text) = post(as_written, path, widened).await;
    assert_eq!(
        status, 422,
        "as written, `description` is not nullable: {text}"
    );
    assert!(
        text.contains("description"),
        "the error names the field: {text}"
    );
    let (status, text) = post(normalized, path, widened).await;
    assert_eq!(
        status, 200,
        "the normalized document widens `description`: {text}"
    );
}

/// Keywords the normalizer drops next to a `$ref` (Apifox writes a resolved copy of the
/// target there, which OpenAPI 3.0 ignores anyway).
const REF_SIBLINGS_DROPPED: &[&str] = &[
    "type",
    "properties",
    "required",
    "items",
    "additionalProperties",
    "allOf",
    "anyOf",
    "oneOf",
    "enum",
    "format",
];

/// Checks that `normalized` differs from `written` (at JSON pointer `pointer`) only by the
/// normalizer's documented changes:
/// - `nullable: true` added to an optional property (one its schema does not list in
///   `required`), and `null` appended to such a property's `enum`;
/// - `{$ref, siblings}` → `{allOf: [{$ref}], siblings}` (a `$ref`'s documentation kept), the
///   Apifox-resolved copy of the target next to the `$ref` dropped;
/// - `x-apifox-*` bookkeeping removed; a schema with `x-apifox-refs` gets the referenced
///   components' properties (and their `required`) inlined and `x-derived-from`, or becomes a
///   plain `$ref` to the one component it copies;
/// - `info.x-generated` added.
///
/// Anything else is reported with its pointer.
fn check_normalization(
    written: &serde_json::Value,
    normalized: &serde_json::Value,
    pointer: &str,
    optional: bool,
) -> Result<(), String> {
    use serde_json::Value;
    let (Value::Object(w), Value::Object(n)) = (written, normalized) else {
        if let (Value::Array(w), Value::Array(n)) = (written, normalized) {
            let at = |i: usize| format!("{pointer}/{i}");
            let widened_enum = pointer.ends_with("/enum")
                && optional
                && n.len() == w.len() + 1
                && n.last() == Some(&Value::Null);
            let n = if widened_enum { &n[..w.len()] } else { &n[..] };
            if w.len() != n.len() {
                return Err(format!(
                    "{pointer}: {} items as written, {} normalized",
                    w.len(),
                    n.len()
                ));
            }
            // An optional `oneOf`/`anyOf` without a `type` carries `nullable` on an alternative.
            let alternatives =
                optional && (pointer.ends_with("/oneOf") || pointer.ends_with("/anyOf"));
            for (i, (w, n)) in w.iter().zip(n).enumerate() {
                check_normalization(w, n, &at(i), alternatives)?;
            }
            return Ok(());
        }
        return if written == normalized {
            Ok(())
        } else {
            Err(format!(
                "{pointer}: {written} as written, {normalized} normalized"
            ))
        };
    };
    let mut w = w.clone();
    let mut n = n.clone();
    // `$ref` with siblings wrapped into `allOf`.
    if let (Some(reference), None) = (w.get("$ref").cloned(), n.get("$ref")) {
        if n.get("allOf")
            == Some(&Value::Array(vec![
                serde_json::json!({ "$ref": reference }),
            ]))
        {
            n.shift_remove("allOf");
            n.insert("$ref".into(), reference);
            w.retain(|k, _| !REF_SIBLINGS_DROPPED.contains(&k.as_str()));
        }
    }
    // `x-apifox-refs`: the inline copy of one component becomes its `$ref`, or the
    // components' properties are inlined.
    if let Some(Value::Object(refs)) = w.get("x-apifox-refs").cloned() {
        let referenced: Vec<&Value> = refs.values().filter_map(|r| r.get("$ref")).collect();
        if let Some(reference) = n.get("$ref").filter(|_| !w.contains_key("$ref")) {
            if !referenced.contains(&reference) {
                return Err(format!(
                    "{pointer}: became $ref {reference}, not one of its x-apifox-refs"
                ));
            }
            return Ok(());
        }
        n.shift_remove("x-derived-from");
        if let (Some(Value::Object(wp)), Some(Value::Object(np))) =
            (w.get("properties").cloned(), n.get_mut("properties"))
        {
            np.retain(|k, _| wp.contains_key(k));
        } else if !w.contains_key("properties") {
            n.shift_remove("properties");
        }
        if !w.contains_key("required") {
            n.shift_remove("required");
        }
    }
    // `[conventions] always_present` in specs/codegen.toml: response objects' `id`, `object`,
    // `created` and `data` made required (and not nullable).
    if let Some(Value::Array(required)) = n.get_mut("required") {
        let written: Vec<Value> = w
            .get("required")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        required.retain(|r| {
            written.contains(r) || !r.as_str().is_some_and(|r| ALWAYS_PRESENT.contains(&r))
        });
        if required.is_empty() && !w.contains_key("required") {
            n.shift_remove("required");
        }
    }
    // A description's `（未实现）` marker: removed by the loader, which says so in
    // `x-codegen-not-implemented` (generator/src/extensions.rs).
    if n.shift_remove("x-codegen-not-implemented").is_some() {
        let written = w.get("description").and_then(Value::as_str).unwrap_or("");
        let rest = ["（未实现）", "(未实现)", "未实现"]
            .iter()
            .fold(written.to_owned(), |d, m| d.replace(m, ""));
        let kept = n.get("description").and_then(Value::as_str).unwrap_or("");
        if rest == written || rest.trim() != kept {
            return Err(format!(
                "{pointer}: marked not implemented, description {written:?} as written, {kept:?} normalized"
            ));
        }
        w.shift_remove("description");
        n.shift_remove("description");
    }
    // Apifox's extensions the model reads, translated by the loader into neutral keys of
    // the same value (generator/src/extensions.rs).
    for (apifox, neutral) in TRANSLATED_EXTENSIONS {
        if let Some(value) = n.get(neutral) {
            if w.get(apifox) != Some(value) {
                return Err(format!(
                    "{pointer}/{neutral}: not the value of {apifox} as written: {value}"
                ));
            }
            n.shift_remove(neutral);
        }
    }
    w.retain(|k, _| !k.starts_with("x-apifox-") || n.contains_key(k));
    if pointer == "/info" {
        n.shift_remove("x-generated");
    }
    if optional && !w.contains_key("nullable") && n.get("nullable") == Some(&Value::Bool(true)) {
        n.shift_remove("nullable");
    }
    let required: Vec<&str> = n
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    for key in n.keys() {
        if !w.contains_key(key) {
            return Err(format!(
                "{pointer}/{key}: added by the normalizer: {}",
                n[key]
            ));
        }
    }
    for (key, written_value) in &w {
        let at = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
        let Some(normalized_value) = n.get(key) else {
            return Err(format!("{at}: removed by the normalizer: {written_value}"));
        };
        if key == "properties" {
            if let (Value::Object(wp), Value::Object(np)) = (written_value, normalized_value) {
                for (name, schema) in wp {
                    let at = format!("{at}/{}", name.replace('~', "~0").replace('/', "~1"));
                    let Some(normalized_schema) = np.get(name) else {
                        return Err(format!("{at}: removed by the normalizer"));
                    };
                    check_normalization(
                        schema,
                        normalized_schema,
                        &at,
                        !required.contains(&name.as_str()),
                    )?;
                }
                if let Some(extra) = np.keys().find(|k| !wp.contains_key(*k)) {
                    return Err(format!("{at}/{extra}: added by the normalizer"));
                }
                continue;
            }
        }
        let optional_enum = matches!(key.as_str(), "enum" | "oneOf" | "anyOf") && optional;
        check_normalization(written_value, normalized_value, &at, optional_enum)?;
    }
    Ok(())
}

/// Apifox extension keys and the neutral keys the loader writes in their place.
const TRANSLATED_EXTENSIONS: [(&str, &str); 2] = [
    ("x-apifox-folder", "x-codegen-folder"),
    ("x-apifox-enum", "x-codegen-enum"),
];

/// The fields of `[conventions] always_present` in specs/codegen.toml.
const ALWAYS_PRESENT: [&str; 4] = ["id", "object", "created", "data"];

/// The two documents of the contract tests: the specs as written and the normalized one.
fn both_documents() -> (serde_json::Value, serde_json::Value) {
    let read = |path: std::path::PathBuf| -> serde_json::Value {
        serde_json::from_slice(
            &std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
        )
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    (
        read(wooshpay_tests::prism::as_written_document()),
        read(wooshpay_tests::prism::generated_document()),
    )
}

/// The normalized document Prism serves to the other contract tests differs from the specs
/// as written only by the documented normalizations.
#[test]
fn the_normalized_document_differs_only_by_documented_normalizations() {
    let (written, normalized) = both_documents();
    if let Err(difference) = check_normalization(&written, &normalized, "", false) {
        panic!("undocumented difference between the specs as written and generated-client/openapi.json: {difference}");
    }
}

/// A change made to the normalized document.
type Mutation = fn(&mut serde_json::Value);

/// The check fails on any other change: a type changed, a `required` list changed,
/// a property added, an enum value dropped.
#[test]
fn the_normalization_check_catches_other_differences() {
    let (written, normalized) = both_documents();
    let dispute = "/components/schemas/Dispute";
    let mutations: [(&str, Mutation); 4] = [
        ("type changed", |d| {
            d["components"]["schemas"]["Dispute"]["properties"]["amount"]["type"] = "string".into()
        }),
        ("a property made required", |d| {
            let schema = &mut d["components"]["schemas"]["Dispute"];
            schema["required"] = serde_json::json!(["amount"]);
        }),
        ("property added", |d| {
            d["components"]["schemas"]["Dispute"]["properties"]["invented"] =
                serde_json::json!({"type": "string"});
        }),
        ("enum value dropped", |d| {
            if let Some(values) =
                d["components"]["schemas"]["Dispute"]["properties"]["status"]["enum"].as_array_mut()
            {
                values.remove(0);
            }
        }),
    ];
    assert!(normalized
        .pointer(&format!("{dispute}/properties/amount"))
        .is_some());
    for (what, mutate) in mutations {
        let mut changed = normalized.clone();
        mutate(&mut changed);
        let found = check_normalization(&written, &changed, "", false);
        assert!(found.is_err(), "{what}: not caught");
        assert!(
            found.unwrap_err().contains(dispute),
            "{what}: located in {dispute}"
        );
    }
}
