//! Fields that hold either an object's ID or, when expanded, the object itself.

/// An ID, or the object it names (when the request asked for it to be expanded).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged, bound(deserialize = "T: serde::Deserialize<'de>"))]
pub enum Expandable<T> {
    /// Just the ID.
    Id(String),
    /// The whole object (a JSON object: serde alone would also take an array).
    #[serde(deserialize_with = "crate::strict::deserialize")]
    Object(Box<T>),
}

impl<T> Expandable<T> {
    /// The object, when expanded.
    pub fn as_object(&self) -> Option<&T> {
        match self {
            Expandable::Object(o) => Some(o),
            Expandable::Id(_) => None,
        }
    }

    /// The ID, when not expanded.
    pub fn as_id(&self) -> Option<&str> {
        match self {
            Expandable::Id(id) => Some(id),
            Expandable::Object(_) => None,
        }
    }
}
