//! Unit tests of `strict.rs` (the runtime crate only; not copied into generated crates).

#![allow(unused_imports)]

use crate::strict::*;
use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, Visitor};
use std::fmt;

#[derive(Debug, PartialEq, serde::Deserialize)]
struct Inner {
    a: Option<String>,
}

#[derive(Debug, PartialEq, serde::Deserialize)]
struct Outer {
    id: String,
    #[serde(default)]
    inner: Option<Inner>,
    #[serde(default)]
    list: Vec<Inner>,
    #[serde(default)]
    map: std::collections::BTreeMap<String, Inner>,
    #[serde(default)]
    boxed: Option<Box<Inner>>,
}

#[derive(Debug, PartialEq, serde::Deserialize)]
enum External {
    Unit,
    Struct { a: String },
}

#[test]
fn objects_decode_and_arrays_in_their_place_do_not_at_any_depth() {
    let ok: Outer = from_slice(
        br#"{"id":"x","inner":{"a":"1"},"list":[{"a":null}],"map":{"k":{}},"boxed":{"a":"b"}}"#,
    )
    .expect("objects decode");
    assert_eq!(ok.list, vec![Inner { a: None }]);
    assert_eq!(
        ok.boxed,
        Some(Box::new(Inner {
            a: Some("b".into())
        }))
    );
    for body in [
        r#"["x"]"#,
        r#"{"id":"x","inner":["1"]}"#,
        r#"{"id":"x","list":[["1"]]}"#,
        r#"{"id":"x","map":{"k":["1"]}}"#,
        r#"{"id":"x","boxed":["1"]}"#,
    ] {
        let error = from_slice::<Outer>(body.as_bytes()).expect_err(body);
        assert!(
            error.to_string().contains("invalid type"),
            "{body}: {error}"
        );
        assert!(
            serde_json::from_str::<Outer>(body).is_ok(),
            "serde alone takes {body}"
        );
    }
    assert!(from_slice::<Outer>(br#"{"id":"x"} {}"#).is_err());
}

#[test]
fn values_and_struct_variants_are_strict_too() {
    let value = serde_json::json!({"id": "x", "inner": ["1"]});
    assert!(from_value::<Outer>(value.clone()).is_err());
    let error = from_value_ref::<Outer>(&value).expect_err("array for a struct");
    assert_eq!(error.path().to_string(), "inner");
    assert_eq!(
        from_slice::<External>(br#"{"Struct":{"a":"b"}}"#).expect("a map"),
        External::Struct { a: "b".into() }
    );
    assert!(from_slice::<External>(br#"{"Struct":["b"]}"#).is_err());
    assert_eq!(
        from_slice::<External>(br#""Unit""#).expect("unit"),
        External::Unit
    );
    // Whatever is not a struct is left alone.
    let list: Vec<(i32, String)> = from_slice(br#"[[1,"a"]]"#).expect("tuples");
    assert_eq!(list, vec![(1, "a".to_owned())]);
    let any: serde_json::Value = from_slice(br#"{"a":[1,{"b":[]}]}"#).expect("any");
    assert_eq!(any["a"][1]["b"], serde_json::json!([]));
}
