//! Unit tests of `object.rs` (the runtime crate only; not copied into generated crates).

#![allow(unused_imports)]

use crate::object::*;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeStruct, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// A struct written and read the way the generated ones are: `id` required, `note`
/// required but nullable, `limit` optional.
#[derive(Debug, PartialEq)]
struct Probe {
    id: String,
    note: Option<String>,
    limit: Option<i64>,
}

impl serde::Serialize for Probe {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        write(
            serializer,
            "Probe",
            &["id", "note", "limit"],
            &[false, false, true],
            &[&self.id, &self.note],
            &[&self.limit],
        )
    }
}

impl<'de> de::Deserialize<'de> for Probe {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize(deserializer, "Probe", &["id", "note", "limit"])
    }
}

impl<'de> FromObject<'de> for Probe {
    fn from_object<A: MapAccess<'de>>(object: Reader<'de, A>) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        // A required nullable field's slot is its `Option`, read leniently.
        let mut note: Option<String> = None;
        let mut limit: Option<i64> = None;
        read_fields(object, &mut [&mut id], &mut [&mut note, &mut limit])?;
        let Some(id) = id else {
            return missing("id");
        };
        Ok(Probe { id, note, limit })
    }
}

#[test]
fn a_required_nullable_field_is_written_as_null_and_an_absent_optional_one_left_out() {
    let probe = Probe {
        id: "x".into(),
        note: None,
        limit: None,
    };
    assert_eq!(
        serde_json::to_string(&probe).unwrap(),
        r#"{"id":"x","note":null}"#
    );
    let probe = Probe {
        limit: Some(0),
        note: Some("n".into()),
        ..probe
    };
    assert_eq!(
        serde_json::to_string(&probe).unwrap(),
        r#"{"id":"x","note":"n","limit":0}"#
    );
}

#[test]
fn required_fields_are_read_strictly_and_optional_ones_leniently() {
    let probe: Probe =
        serde_json::from_str(r#"{"limit": null, "note": null, "id": "x", "extra": [1]}"#).unwrap();
    assert_eq!(
        probe,
        Probe {
            id: "x".into(),
            note: None,
            limit: None
        }
    );
    let error = serde_json::from_str::<Probe>(r#"{"note": "n"}"#).unwrap_err();
    assert!(error.to_string().contains("missing field `id`"), "{error}");
    // `null` is not a value for a required field that is not nullable.
    assert!(serde_json::from_str::<Probe>(r#"{"id": null, "note": null}"#).is_err());
    // Repeats: a required field given twice is an error, an optional one given twice with
    // values too, but `null` after a value is not.
    let error =
        serde_json::from_str::<Probe>(r#"{"id": "x", "id": "y", "note": null}"#).unwrap_err();
    assert!(
        error.to_string().contains("duplicate field `id`"),
        "{error}"
    );
    let error =
        serde_json::from_str::<Probe>(r#"{"id": "x", "note": null, "limit": 1, "limit": 2}"#)
            .unwrap_err();
    assert!(
        error.to_string().contains("duplicate field `limit`"),
        "{error}"
    );
    let probe: Probe =
        serde_json::from_str(r#"{"id": "x", "note": null, "limit": 1, "limit": null}"#).unwrap();
    assert_eq!(probe.limit, Some(1));
}
