//! The generated structs' written-out serde impls (`src/object.rs` of every generated crate)
//! decode and encode JSON the way serde's derives did: objects only, unknown fields skipped,
//! `null` as absent for optional fields, a missing or repeated field named in the error, and
//! absent optional fields left out when encoding. String enums (`string_enum_impls!`) decode,
//! compare, hash and print by wire value.

use pets::{Dog, EventThreadRunCreated};
use serde_json::json;

#[test]
fn a_struct_decodes_from_an_object_and_skips_unknown_fields() {
    let dog: Dog = serde_json::from_str(
        r#"{"kind": "dog", "extra": {"nested": [1, 2, {"deep": null}]}, "bark": true}"#,
    )
    .expect("decodes");
    assert_eq!(dog.kind, "dog");
    assert_eq!(dog.bark, Some(true));
    // An escaped key is still the field it spells.
    let dog: Dog = serde_json::from_str(r#"{"k\u0069nd": "dog", "bark": null}"#).expect("decodes");
    assert_eq!(dog.kind, "dog");
    assert_eq!(dog.bark, None, "null is absent for an optional field");
}

#[test]
fn absent_optional_fields_are_left_out_when_encoding() {
    let dog = Dog {
        kind: "dog".into(),
        bark: None,
    };
    assert_eq!(serde_json::to_value(&dog).unwrap(), json!({"kind": "dog"}));
    let dog = Dog {
        kind: "dog".into(),
        bark: Some(false),
    };
    assert_eq!(
        serde_json::to_string(&dog).unwrap(),
        r#"{"kind":"dog","bark":false}"#
    );
}

#[test]
fn missing_repeated_and_wrongly_shaped_input_is_refused_with_the_field_named() {
    let error = serde_json::from_str::<Dog>(r#"{"bark": true}"#).unwrap_err();
    assert!(
        error.to_string().contains("missing field `kind`"),
        "{error}"
    );
    let error = serde_json::from_str::<Dog>(r#"{"kind": "a", "kind": "b"}"#).unwrap_err();
    assert!(
        error.to_string().contains("duplicate field `kind`"),
        "{error}"
    );
    // serde's derive also took the fields in order from an array; these impls do not.
    let error = serde_json::from_str::<Dog>(r#"["dog", true]"#).unwrap_err();
    assert!(error.to_string().contains("expected struct Dog"), "{error}");
    let error = serde_json::from_str::<Dog>(r#"{"kind": 7}"#).unwrap_err();
    assert!(
        error.to_string().contains("invalid type: integer `7`"),
        "{error}"
    );
    // With several required fields, the error names the one missing.
    let error = serde_json::from_value::<EventThreadRunCreated>(json!({
        "event": "thread.run.created"
    }))
    .unwrap_err();
    assert!(
        error.to_string().contains("missing field `data`"),
        "{error}"
    );
}

#[test]
fn the_path_to_a_bad_field_is_reported() {
    let text = r#"{"event": "thread.run.created", "data": {"id": 5}}"#;
    let mut de = serde_json::Deserializer::from_str(text);
    let error = serde_path_to_error::deserialize::<_, EventThreadRunCreated>(&mut de).unwrap_err();
    assert_eq!(error.path().to_string(), "data.id", "{error}");
}

#[test]
fn string_enums_decode_compare_hash_and_print_by_wire_value() {
    use std::collections::HashSet;
    use wooshpay::types::DisputeStatus;

    // Borrowed (a plain JSON string) and owned (an escaped one) input decode alike.
    let won: DisputeStatus = serde_json::from_str(r#""won""#).expect("decodes");
    assert_eq!(won, DisputeStatus::Won);
    let escaped: DisputeStatus = serde_json::from_str(r#""w\u006fn""#).expect("decodes");
    assert_eq!(escaped, DisputeStatus::Won);
    let unknown: DisputeStatus = serde_json::from_str(r#""paused""#).expect("decodes");
    assert_eq!(unknown, DisputeStatus::Unknown("paused".into()));
    // Only strings are enum values.
    for bad in ["12", "null", r#"["won"]"#, r#"{"status": "won"}"#] {
        let error = serde_json::from_str::<DisputeStatus>(bad).expect_err(bad);
        assert!(error.to_string().contains("a string"), "{bad}: {error}");
    }
    // Equality and hashing go by wire value: an `Unknown` holding a listed value is that value.
    assert_eq!(DisputeStatus::Unknown("won".into()), DisputeStatus::Won);
    assert_ne!(DisputeStatus::Lost, DisputeStatus::Won);
    let set: HashSet<DisputeStatus> = [DisputeStatus::Won, DisputeStatus::Unknown("won".into())]
        .into_iter()
        .collect();
    assert_eq!(set.len(), 1);
    // `Debug` shows the wire value; `Display` and `FromStr` round-trip it.
    assert_eq!(
        format!("{:?}", DisputeStatus::UnderReview),
        r#""under_review""#
    );
    assert_eq!(format!("{:?}", unknown), r#""paused""#);
    assert_eq!(DisputeStatus::UnderReview.to_string(), "under_review");
    assert_eq!("lost".parse::<DisputeStatus>(), Ok(DisputeStatus::Lost));
    assert_eq!(
        serde_json::to_string(&DisputeStatus::Won).unwrap(),
        r#""won""#
    );
}
