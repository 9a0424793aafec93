//! Unit tests of `encoding.rs` (the runtime crate only; not copied into generated crates).

#![allow(unused_imports)]

use crate::encoding::*;
use crate::Error;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::Serialize;
use serde_json::json;
use serde_json::Value;

#[test]
fn path_segments_cannot_escape() {
    assert_eq!(
        encode_path_segment("dp_1/../../v1/payouts?x=1#y").unwrap(),
        "dp_1%2F..%2F..%2Fv1%2Fpayouts%3Fx%3D1%23y"
    );
    assert!(encode_path_segment("..").is_err());
    assert!(encode_path_segment("").is_err());
}

#[test]
fn deep_objects_and_forms() {
    let q = query_pairs(
        "created",
        &json!({"gte": 1, "lt": 2}),
        QueryStyle::DeepObject,
    )
    .unwrap();
    assert_eq!(
        q,
        vec![
            ("created[gte]".into(), "1".into()),
            ("created[lt]".into(), "2".into())
        ]
    );
    let q = query_pairs("expand", &json!(["a", "b"]), QueryStyle::DeepObject).unwrap();
    assert_eq!(
        q,
        vec![
            ("expand[]".into(), "a".into()),
            ("expand[]".into(), "b".into())
        ]
    );
    let f = form_body(&json!({"evidence": {"customer_name": "A B"}, "metadata": {"k": "v&"}, "expand": ["x"], "submit": true})).unwrap();
    // Member order follows serde_json's map (sorted, or insertion order with its
    // `preserve_order` feature, which feature unification may turn on): compare as a set.
    let mut pairs: Vec<&str> = f.split('&').collect();
    pairs.sort_unstable();
    assert_eq!(
        pairs,
        [
            "evidence%5Bcustomer_name%5D=A+B",
            "expand%5B0%5D=x",
            "metadata%5Bk%5D=v%26",
            "submit=true"
        ]
    );
}

fn extras(pairs: &[(&str, Value)]) -> Vec<(String, Vec<u8>)> {
    pairs
        .iter()
        .map(|(n, v)| ((*n).to_owned(), serde_json::to_vec(v).unwrap()))
        .collect()
}

#[test]
fn json_extras_follow_the_typed_members_in_order() {
    let body = br#"{"amount":100,"currency":"CNY"}"#;
    let merged = json_with_extras(
        body,
        &extras(&[
            ("payment_intent_data", json!({"capture_method": "manual"})),
            ("b", json!(null)),
            ("a\"q", json!([1, 2])),
        ]),
        "things.create",
    )
    .unwrap();
    assert_eq!(
        String::from_utf8(merged).unwrap(),
        r#"{"amount":100,"currency":"CNY","payment_intent_data":{"capture_method":"manual"},"b":null,"a\"q":[1,2]}"#
    );
    // An empty object takes no leading comma; whitespace after it is dropped.
    let merged = json_with_extras(b"{} \n", &extras(&[("x", json!(1))]), "t").unwrap();
    assert_eq!(merged, br#"{"x":1}"#);
}

#[test]
fn a_json_extra_never_duplicates_a_member() {
    let body = br#"{"amount":100,"meta\/data":{"k":"v"}}"#;
    for (pairs, name) in [
        (vec![("amount", json!(1))], "amount"),
        // Compared unescaped: `meta\/data` is `meta/data`.
        (vec![("meta/data", json!({}))], "meta/data"),
        (vec![("x", json!(1)), ("x", json!(2))], "x"),
    ] {
        let error = json_with_extras(body, &extras(&pairs), "things.create").unwrap_err();
        let text = error.to_string();
        assert!(matches!(error, Error::InvalidRequest(_)), "{text}");
        assert!(text.contains(&format!("`{name}`")), "{text}");
        assert!(text.contains("`things.create`"), "{text}");
    }
    for body in [&b"[1,2]"[..], b"\"x\"", b"{\"a\":1}{}", b""] {
        let error = json_with_extras(body, &extras(&[("x", json!(1))]), "t").unwrap_err();
        assert!(error.to_string().contains("not a JSON object"), "{error}");
    }
}

#[test]
fn form_extras_are_encoded_like_the_typed_fields() {
    let body = form_body(&json!({"amount": 100})).unwrap();
    let merged = form_with_extras(
        body.as_bytes(),
        &extras(&[
            ("payment_intent_data", json!({"capture_method": "manual"})),
            ("tags", json!(["a b", "c&d"])),
            ("gone", json!(null)),
        ]),
        "t",
    )
    .unwrap();
    assert_eq!(
        String::from_utf8(merged).unwrap(),
        "amount=100&payment_intent_data%5Bcapture_method%5D=manual&tags%5B0%5D=a+b&tags%5B1%5D=c%26d"
    );
    let merged = form_with_extras(b"", &extras(&[("x", json!(true))]), "t").unwrap();
    assert_eq!(merged, b"x=true");
}

#[test]
fn a_form_extra_never_shares_a_field_with_the_body() {
    let body = form_body(&json!({"metadata": {"k": "v"}, "a b": 1})).unwrap();
    for (pairs, name) in [
        (vec![("metadata", json!("x"))], "metadata"),
        // A bracketed name belongs to its field.
        (vec![("metadata[other]", json!("x"))], "metadata"),
        (vec![("a b", json!(2))], "a b"),
        (vec![("y[a]", json!(1)), ("y", json!(2))], "y"),
    ] {
        let error = form_with_extras(body.as_bytes(), &extras(&pairs), "t").unwrap_err();
        assert!(error.to_string().contains(&format!("`{name}`")), "{error}");
    }
}

#[test]
fn free_queries_take_pairs_maps_and_structs() {
    let pairs = free_query_pairs(&[("limit", "3"), ("starting_after", "cus_1")]).unwrap();
    assert_eq!(
        pairs,
        vec![
            ("limit".into(), "3".into()),
            ("starting_after".into(), "cus_1".into())
        ]
    );
    let pairs = free_query_pairs(&vec![
        ("limit", json!(3)),
        ("created", json!({"gte": 1})),
        ("expand", json!(["a", "b"])),
        ("skipped", json!(null)),
    ])
    .unwrap();
    assert_eq!(
        pairs,
        vec![
            ("limit".into(), "3".into()),
            ("created[gte]".into(), "1".into()),
            ("expand[]".into(), "a".into()),
            ("expand[]".into(), "b".into()),
        ]
    );
    let pairs = free_query_pairs(&json!({"limit": 3})).unwrap();
    assert_eq!(pairs, vec![("limit".into(), "3".into())]);
    assert!(free_query_pairs(&()).unwrap().is_empty());
    for bad in [json!("limit=3"), json!([["a", 1, 2]]), json!([{"a": 1}])] {
        assert!(
            matches!(free_query_pairs(&bad), Err(Error::InvalidRequest(_))),
            "{bad}"
        );
    }
}

#[test]
fn a_json_body_becomes_query_pairs_in_its_own_order() {
    let body = br#"{"limit":3,"starting_after":"cs_1","created":{"gte":1,"lte":9},"expand":["a","b"],"customer":null,"metadata":{"k":"v w"}}"#;
    let pairs = json_body_as_query(body, &[], "checkout_sessions.list").unwrap();
    assert_eq!(
        pairs,
        vec![
            ("limit".into(), "3".into()),
            ("starting_after".into(), "cs_1".into()),
            ("created[gte]".into(), "1".into()),
            ("created[lte]".into(), "9".into()),
            ("expand[]".into(), "a".into()),
            ("expand[]".into(), "b".into()),
            ("metadata[k]".into(), "v w".into()),
        ]
    );
    assert!(json_body_as_query(b"{}", &[], "x").unwrap().is_empty());
    for bad in [&b"[1]"[..], b"3", b"{\"a\":1}{}", b"{"] {
        assert!(
            matches!(
                json_body_as_query(bad, &[], "x"),
                Err(Error::InvalidRequest(_))
            ),
            "{}",
            String::from_utf8_lossy(bad)
        );
    }
    let taken = [("created[gte]".to_owned(), "1".to_owned())];
    let error = json_body_as_query(br#"{"created":{"gte":2}}"#, &taken, "disputes.list")
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("`created` is both a query parameter"),
        "{error}"
    );
}
