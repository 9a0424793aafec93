// @generated from generator/tests/fixtures/unions_and_shapes.yaml by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Every type of the API: request bodies, parameters, responses and the objects they hold.

/// The impls every string enum has, all through the enum's `as_str` and `From<&str>`:
/// `Debug` shows the wire value, equality and hashing compare it (an `Unknown` holding a
/// listed value equals that variant), `FromStr`, `Display`, and serde as a plain string.
#[allow(unused_macros)]
macro_rules! string_enum_impls {
    ($name:ident) => {
        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Debug::fmt(self.as_str(), f)
            }
        }

        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl Eq for $name {}

        impl std::hash::Hash for $name {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                self.as_str().hash(state)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::object::string_enum(deserializer)
            }
        }
    };
}


/// Serializes a tagged union's payload with the tag property set to `value`.
#[allow(dead_code)]
fn tagged_serialize<T: serde::Serialize, S: serde::Serializer>(
    inner: &T,
    tag: &str,
    value: &str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut json = serde_json::to_value(inner).map_err(serde::ser::Error::custom)?;
    if let serde_json::Value::Object(map) = &mut json {
        map.entry(tag.to_owned())
            .or_insert_with(|| serde_json::Value::String(value.to_owned()));
    }
    serde::Serialize::serialize(&json, serializer)
}

/// The `Cat` schema of the API.
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Cat {
    /// Kind (`kind`): a string.
    pub kind: String,
    /// Lives (`lives`): an integer.
    pub lives: Option<i64>,
}

#[cfg(feature = "pets")]
impl Cat {
    /// A `Cat` with its required fields (`kind`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(kind: impl Into<String>) -> Self {
        Self {
            kind: kind.into(),
            lives: None,
        }
    }
}

#[cfg(feature = "pets")]
impl serde::Serialize for Cat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Cat",
            &["kind", "lives"],
            &[false, true],
            &[&self.kind],
            &[&self.lives],
        )
    }
}

#[cfg(feature = "pets")]
impl<'de> serde::Deserialize<'de> for Cat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer, "Cat", &["kind", "lives"])
    }
}

#[cfg(feature = "pets")]
impl<'de> crate::object::FromObject<'de> for Cat {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut kind_slot: Option<String> = None;
        let mut lives_slot: Option<i64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut kind_slot],
            &mut [&mut lives_slot],
        ) {
            return Err(error);
        }
        let Some(kind_slot) = kind_slot else {
            return crate::object::missing("kind");
        };
        Ok(Self {
            kind: kind_slot,
            lives: lives_slot,
        })
    }
}

/// How it was paid.
#[cfg(feature = "events")]
pub type Documented = crate::types::Payment;

/// The `Dog` schema of the API.
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Dog {
    /// Kind (`kind`): a string.
    pub kind: String,
    /// Bark (`bark`): `true` or `false`.
    pub bark: Option<bool>,
}

#[cfg(feature = "pets")]
impl Dog {
    /// A `Dog` with its required fields (`kind`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(kind: impl Into<String>) -> Self {
        Self {
            kind: kind.into(),
            bark: None,
        }
    }
}

#[cfg(feature = "pets")]
impl serde::Serialize for Dog {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Dog",
            &["kind", "bark"],
            &[false, true],
            &[&self.kind],
            &[&self.bark],
        )
    }
}

#[cfg(feature = "pets")]
impl<'de> serde::Deserialize<'de> for Dog {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer, "Dog", &["kind", "bark"])
    }
}

#[cfg(feature = "pets")]
impl<'de> crate::object::FromObject<'de> for Dog {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut kind_slot: Option<String> = None;
        let mut bark_slot: Option<bool> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut kind_slot],
            &mut [&mut bark_slot],
        ) {
            return Err(error);
        }
        let Some(kind_slot) = kind_slot else {
            return crate::object::missing("kind");
        };
        Ok(Self {
            kind: kind_slot,
            bark: bark_slot,
        })
    }
}

/// The `Event` schema of the API.
#[cfg(feature = "events")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub enum Event {
    /// `event: thread.run.created`
    ThreadRunCreated(crate::types::EventThreadRunCreated),
    /// `event: done`
    Done(crate::types::EventDone),
    /// An object whose `event` this version of the spec does not list, kept as the server sent it.
    Unknown(serde_json::Value),
}

#[cfg(feature = "events")]
impl Event {
    /// The value of the tag property, when the variant is one the spec lists.
    pub fn tag(&self) -> Option<&'static str> {
        match self {
            Self::ThreadRunCreated(_) => Some("thread.run.created"),
            Self::Done(_) => Some("done"),
            Self::Unknown(_) => None,
        }
    }
}

#[cfg(feature = "events")]
#[cfg(feature = "serialize")]
impl serde::Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ThreadRunCreated(inner) => {
                tagged_serialize(inner, "event", "thread.run.created", serializer)
            }
            Self::Done(inner) => tagged_serialize(inner, "event", "done", serializer),
            Self::Unknown(raw) => serde::Serialize::serialize(raw, serializer),
        }
    }
}

#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize<
            'de,
        >>::deserialize(deserializer)?;
        match value.get("event").and_then(serde_json::Value::as_str) {
            Some("thread.run.created") => {
                crate::strict::from_value(value)
                    .map(Self::ThreadRunCreated)
                    .map_err(serde::de::Error::custom)
            }
            Some("done") => {
                crate::strict::from_value(value)
                    .map(Self::Done)
                    .map_err(serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Part of the `Event` schema.
#[cfg(feature = "events")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct EventDone {
    /// Event (`event`): [`EventDoneEvent`].
    pub event: crate::types::EventDoneEvent,
}

#[cfg(feature = "events")]
impl EventDone {
    /// A `EventDone` with its required fields (`event`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(event: crate::types::EventDoneEvent) -> Self {
        Self { event }
    }
}

#[cfg(feature = "events")]
#[cfg(feature = "serialize")]
impl serde::Serialize for EventDone {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "EventDone",
            &["event"],
            &[false],
            &[&self.event],
            &[],
        )
    }
}

#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for EventDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer, "EventDone", &["event"])
    }
}

#[cfg(feature = "events")]
impl<'de> crate::object::FromObject<'de> for EventDone {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut event_slot: Option<crate::types::EventDoneEvent> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut event_slot],
            &mut [],
        ) {
            return Err(error);
        }
        let Some(event_slot) = event_slot else {
            return crate::object::missing("event");
        };
        Ok(Self { event: event_slot })
    }
}

/// The `event` field of the `Event` schema.
#[cfg(feature = "events")]
#[derive(Clone)]
pub enum EventDoneEvent {
    /// `done`
    Done,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "events")]
impl EventDoneEvent {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Done => "done",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "events")]
impl From<&str> for EventDoneEvent {
    fn from(value: &str) -> Self {
        match value {
            "done" => Self::Done,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "events")]
string_enum_impls!(EventDoneEvent);

/// Part of the `Event` schema.
#[cfg(feature = "events")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct EventThreadRunCreated {
    /// Event (`event`): [`EventThreadRunCreatedEvent`].
    pub event: crate::types::EventThreadRunCreatedEvent,
    /// Data (`data`): [`EventThreadRunCreatedData`].
    pub data: crate::types::EventThreadRunCreatedData,
}

#[cfg(feature = "events")]
impl EventThreadRunCreated {
    /// A `EventThreadRunCreated` with its required fields (`event`, `data`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        event: crate::types::EventThreadRunCreatedEvent,
        data: crate::types::EventThreadRunCreatedData,
    ) -> Self {
        Self { event, data }
    }
}

#[cfg(feature = "events")]
#[cfg(feature = "serialize")]
impl serde::Serialize for EventThreadRunCreated {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "EventThreadRunCreated",
            &["event", "data"],
            &[false, false],
            &[&self.event, &self.data],
            &[],
        )
    }
}

#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for EventThreadRunCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "EventThreadRunCreated",
            &["event", "data"],
        )
    }
}

#[cfg(feature = "events")]
impl<'de> crate::object::FromObject<'de> for EventThreadRunCreated {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut event_slot: Option<crate::types::EventThreadRunCreatedEvent> = None;
        let mut data_slot: Option<crate::types::EventThreadRunCreatedData> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut event_slot, &mut data_slot],
            &mut [],
        ) {
            return Err(error);
        }
        let Some(event_slot) = event_slot else {
            return crate::object::missing("event");
        };
        let Some(data_slot) = data_slot else {
            return crate::object::missing("data");
        };
        Ok(Self {
            event: event_slot,
            data: data_slot,
        })
    }
}

/// The `data` field of the `Event` schema.
#[cfg(feature = "events")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct EventThreadRunCreatedData {
    /// Id (`id`): a string.
    pub id: Option<String>,
}

#[cfg(feature = "events")]
#[cfg(feature = "serialize")]
impl serde::Serialize for EventThreadRunCreatedData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "EventThreadRunCreatedData",
            &["id"],
            &[true],
            &[],
            &[&self.id],
        )
    }
}

#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for EventThreadRunCreatedData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer, "EventThreadRunCreatedData", &["id"])
    }
}

#[cfg(feature = "events")]
impl<'de> crate::object::FromObject<'de> for EventThreadRunCreatedData {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut id_slot],
        ) {
            return Err(error);
        }
        Ok(Self { id: id_slot })
    }
}

/// The `event` field of the `Event` schema.
#[cfg(feature = "events")]
#[derive(Clone)]
pub enum EventThreadRunCreatedEvent {
    /// `thread.run.created`
    ThreadRunCreated,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "events")]
impl EventThreadRunCreatedEvent {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunCreated => "thread.run.created",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "events")]
impl From<&str> for EventThreadRunCreatedEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.created" => Self::ThreadRunCreated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "events")]
string_enum_impls!(EventThreadRunCreatedEvent);

/// A pet filed under a new ID.
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Filing {
    /// Filing id (`filing_id`): a string.
    pub filing_id: String,
    /// Queued (`queued`): `true` or `false`.
    pub queued: bool,
}

#[cfg(feature = "pets")]
impl Filing {
    /// A `Filing` with its required fields (`filing_id`, `queued`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(filing_id: impl Into<String>, queued: bool) -> Self {
        Self {
            filing_id: filing_id.into(),
            queued,
        }
    }
}

#[cfg(feature = "pets")]
#[cfg(feature = "serialize")]
impl serde::Serialize for Filing {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Filing",
            &["filing_id", "queued"],
            &[false, false],
            &[&self.filing_id, &self.queued],
            &[],
        )
    }
}

#[cfg(feature = "pets")]
impl<'de> serde::Deserialize<'de> for Filing {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer, "Filing", &["filing_id", "queued"])
    }
}

#[cfg(feature = "pets")]
impl<'de> crate::object::FromObject<'de> for Filing {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut filing_id_slot: Option<String> = None;
        let mut queued_slot: Option<bool> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut filing_id_slot, &mut queued_slot],
            &mut [],
        ) {
            return Err(error);
        }
        let Some(filing_id_slot) = filing_id_slot else {
            return crate::object::missing("filing_id");
        };
        let Some(queued_slot) = queued_slot else {
            return crate::object::missing("queued");
        };
        Ok(Self {
            filing_id: filing_id_slot,
            queued: queued_slot,
        })
    }
}

/// The `Invalid` schema of the API.
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Invalid {
    /// Errors (`errors`): a list of [`InvalidErrorsItem`].
    pub errors: Vec<crate::types::InvalidErrorsItem>,
}

#[cfg(feature = "pets")]
impl Invalid {
    /// A `Invalid` with its required fields (`errors`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(errors: Vec<crate::types::InvalidErrorsItem>) -> Self {
        Self { errors }
    }
}

#[cfg(feature = "pets")]
#[cfg(feature = "serialize")]
impl serde::Serialize for Invalid {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Invalid",
            &["errors"],
            &[false],
            &[&self.errors],
            &[],
        )
    }
}

#[cfg(feature = "pets")]
impl<'de> serde::Deserialize<'de> for Invalid {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer, "Invalid", &["errors"])
    }
}

#[cfg(feature = "pets")]
impl<'de> crate::object::FromObject<'de> for Invalid {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut errors_slot: Option<Vec<crate::types::InvalidErrorsItem>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut errors_slot],
            &mut [],
        ) {
            return Err(error);
        }
        let Some(errors_slot) = errors_slot else {
            return crate::object::missing("errors");
        };
        Ok(Self { errors: errors_slot })
    }
}

/// Part of the `Invalid` schema.
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct InvalidErrorsItem {
    /// Field (`field`): a string.
    pub field: String,
    /// Reason (`reason`): a string.
    pub reason: String,
}

#[cfg(feature = "pets")]
impl InvalidErrorsItem {
    /// A `InvalidErrorsItem` with its required fields (`field`, `reason`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            reason: reason.into(),
        }
    }
}

#[cfg(feature = "pets")]
#[cfg(feature = "serialize")]
impl serde::Serialize for InvalidErrorsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "InvalidErrorsItem",
            &["field", "reason"],
            &[false, false],
            &[&self.field, &self.reason],
            &[],
        )
    }
}

#[cfg(feature = "pets")]
impl<'de> serde::Deserialize<'de> for InvalidErrorsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "InvalidErrorsItem",
            &["field", "reason"],
        )
    }
}

#[cfg(feature = "pets")]
impl<'de> crate::object::FromObject<'de> for InvalidErrorsItem {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut field_slot: Option<String> = None;
        let mut reason_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut field_slot, &mut reason_slot],
            &mut [],
        ) {
            return Err(error);
        }
        let Some(field_slot) = field_slot else {
            return crate::object::missing("field");
        };
        let Some(reason_slot) = reason_slot else {
            return crate::object::missing("reason");
        };
        Ok(Self {
            field: field_slot,
            reason: reason_slot,
        })
    }
}

/// Also used at `#/paths/~1events/get/responses/200/content/application~1json/schema/properties/billing/properties/address`, `#/paths/~1events/get/responses/200/content/application~1json/schema/properties/shipping/properties/address`.
#[cfg(feature = "events")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Line1AndCityAddress {
    /// Line1 (`line1`): a string.
    pub line1: Option<String>,
    /// City (`city`): a string.
    pub city: Option<String>,
}

#[cfg(feature = "events")]
#[cfg(feature = "serialize")]
impl serde::Serialize for Line1AndCityAddress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Line1AndCityAddress",
            &["line1", "city"],
            &[true, true],
            &[],
            &[&self.line1, &self.city],
        )
    }
}

#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for Line1AndCityAddress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "Line1AndCityAddress",
            &["line1", "city"],
        )
    }
}

#[cfg(feature = "events")]
impl<'de> crate::object::FromObject<'de> for Line1AndCityAddress {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut line1_slot: Option<String> = None;
        let mut city_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut line1_slot, &mut city_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            line1: line1_slot,
            city: city_slot,
        })
    }
}

/// The response of `GET /events`.
#[cfg(feature = "events")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListEventsResponse {
    /// Event (`event`): [`Event`].
    pub event: Option<crate::types::Event>,
    /// Payment (`payment`): [`Payment`].
    pub payment: Option<crate::types::Payment>,
    /// Documented (`documented`): [`Documented`].
    pub documented: Option<crate::types::Documented>,
    /// Billing (`billing`): [`WithAddress`].
    pub billing: Option<crate::types::WithAddress>,
    /// Shipping (`shipping`): [`WithAddress`].
    pub shipping: Option<crate::types::WithAddress>,
}

#[cfg(feature = "events")]
#[cfg(feature = "serialize")]
impl serde::Serialize for ListEventsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListEventsResponse",
            &["event", "payment", "documented", "billing", "shipping"],
            &[true, true, true, true, true],
            &[],
            &[
                &self.event,
                &self.payment,
                &self.documented,
                &self.billing,
                &self.shipping,
            ],
        )
    }
}

#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for ListEventsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListEventsResponse",
            &["event", "payment", "documented", "billing", "shipping"],
        )
    }
}

#[cfg(feature = "events")]
impl<'de> crate::object::FromObject<'de> for ListEventsResponse {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut event_slot: Option<crate::types::Event> = None;
        let mut payment_slot: Option<crate::types::Payment> = None;
        let mut documented_slot: Option<crate::types::Documented> = None;
        let mut billing_slot: Option<crate::types::WithAddress> = None;
        let mut shipping_slot: Option<crate::types::WithAddress> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut event_slot,
                &mut payment_slot,
                &mut documented_slot,
                &mut billing_slot,
                &mut shipping_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            event: event_slot,
            payment: payment_slot,
            documented: documented_slot,
            billing: billing_slot,
            shipping: shipping_slot,
        })
    }
}

/// The `NewPet` schema of the API.
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub enum NewPet {
    /// `kind: Dog`
    Dog(crate::types::Dog),
    /// `kind: Cat`
    Cat(crate::types::Cat),
    /// An object whose `kind` this version of the spec does not list, kept as the server sent it.
    Unknown(serde_json::Value),
}

#[cfg(feature = "pets")]
impl NewPet {
    /// The value of the tag property, when the variant is one the spec lists.
    pub fn tag(&self) -> Option<&'static str> {
        match self {
            Self::Dog(_) => Some("Dog"),
            Self::Cat(_) => Some("Cat"),
            Self::Unknown(_) => None,
        }
    }
}

#[cfg(feature = "pets")]
impl serde::Serialize for NewPet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Dog(inner) => tagged_serialize(inner, "kind", "Dog", serializer),
            Self::Cat(inner) => tagged_serialize(inner, "kind", "Cat", serializer),
            Self::Unknown(raw) => serde::Serialize::serialize(raw, serializer),
        }
    }
}

#[cfg(feature = "pets")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for NewPet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize<
            'de,
        >>::deserialize(deserializer)?;
        match value.get("kind").and_then(serde_json::Value::as_str) {
            Some("Dog") => {
                crate::strict::from_value(value)
                    .map(Self::Dog)
                    .map_err(serde::de::Error::custom)
            }
            Some("Cat") => {
                crate::strict::from_value(value)
                    .map(Self::Cat)
                    .map_err(serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// The `NotFound` schema of the API.
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct NotFound {
    /// What was not found.
    pub resource: String,
}

#[cfg(feature = "pets")]
impl NotFound {
    /// A `NotFound` with its required fields (`resource`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(resource: impl Into<String>) -> Self {
        Self { resource: resource.into() }
    }
}

#[cfg(feature = "pets")]
#[cfg(feature = "serialize")]
impl serde::Serialize for NotFound {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "NotFound",
            &["resource"],
            &[false],
            &[&self.resource],
            &[],
        )
    }
}

#[cfg(feature = "pets")]
impl<'de> serde::Deserialize<'de> for NotFound {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer, "NotFound", &["resource"])
    }
}

#[cfg(feature = "pets")]
impl<'de> crate::object::FromObject<'de> for NotFound {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut resource_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut resource_slot],
            &mut [],
        ) {
            return Err(error);
        }
        let Some(resource_slot) = resource_slot else {
            return crate::object::missing("resource");
        };
        Ok(Self { resource: resource_slot })
    }
}

/// The `Payment` schema of the API.
#[cfg(feature = "events")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[derive(serde::Deserialize)]
#[serde(untagged)]
pub enum Payment {
    /// The value as [`PaymentCard`].
    Card(crate::types::PaymentCard),
    /// The value as [`PaymentIban`].
    Iban(crate::types::PaymentIban),
    /// The value as a string.
    String(String),
}

/// Part of the `Payment` schema.
#[cfg(feature = "events")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentCard {
    /// Card (`card`): a string.
    pub card: String,
    /// Amount (`amount`): an integer.
    pub amount: Option<i64>,
}

#[cfg(feature = "events")]
impl PaymentCard {
    /// A `PaymentCard` with its required fields (`card`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(card: impl Into<String>) -> Self {
        Self {
            card: card.into(),
            amount: None,
        }
    }
}

#[cfg(feature = "events")]
#[cfg(feature = "serialize")]
impl serde::Serialize for PaymentCard {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentCard",
            &["card", "amount"],
            &[false, true],
            &[&self.card],
            &[&self.amount],
        )
    }
}

#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for PaymentCard {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer, "PaymentCard", &["card", "amount"])
    }
}

#[cfg(feature = "events")]
impl<'de> crate::object::FromObject<'de> for PaymentCard {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut card_slot: Option<String> = None;
        let mut amount_slot: Option<i64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut card_slot],
            &mut [&mut amount_slot],
        ) {
            return Err(error);
        }
        let Some(card_slot) = card_slot else {
            return crate::object::missing("card");
        };
        Ok(Self {
            card: card_slot,
            amount: amount_slot,
        })
    }
}

/// Part of the `Payment` schema.
#[cfg(feature = "events")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentIban {
    /// Iban (`iban`): a string.
    pub iban: String,
    /// Amount (`amount`): an integer.
    pub amount: Option<i64>,
}

#[cfg(feature = "events")]
impl PaymentIban {
    /// A `PaymentIban` with its required fields (`iban`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(iban: impl Into<String>) -> Self {
        Self {
            iban: iban.into(),
            amount: None,
        }
    }
}

#[cfg(feature = "events")]
#[cfg(feature = "serialize")]
impl serde::Serialize for PaymentIban {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentIban",
            &["iban", "amount"],
            &[false, true],
            &[&self.iban],
            &[&self.amount],
        )
    }
}

#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for PaymentIban {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer, "PaymentIban", &["iban", "amount"])
    }
}

#[cfg(feature = "events")]
impl<'de> crate::object::FromObject<'de> for PaymentIban {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut iban_slot: Option<String> = None;
        let mut amount_slot: Option<i64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut iban_slot],
            &mut [&mut amount_slot],
        ) {
            return Err(error);
        }
        let Some(iban_slot) = iban_slot else {
            return crate::object::missing("iban");
        };
        Ok(Self {
            iban: iban_slot,
            amount: amount_slot,
        })
    }
}

/// The `Pet` schema of the API.
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub enum Pet {
    /// `kind: dog`
    Dog(crate::types::Dog),
    /// `kind: cat`
    Cat(crate::types::Cat),
    /// An object whose `kind` this version of the spec does not list, kept as the server sent it.
    Unknown(serde_json::Value),
}

#[cfg(feature = "pets")]
impl Pet {
    /// The value of the tag property, when the variant is one the spec lists.
    pub fn tag(&self) -> Option<&'static str> {
        match self {
            Self::Dog(_) => Some("dog"),
            Self::Cat(_) => Some("cat"),
            Self::Unknown(_) => None,
        }
    }
}

#[cfg(feature = "pets")]
#[cfg(feature = "serialize")]
impl serde::Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Dog(inner) => tagged_serialize(inner, "kind", "dog", serializer),
            Self::Cat(inner) => tagged_serialize(inner, "kind", "cat", serializer),
            Self::Unknown(raw) => serde::Serialize::serialize(raw, serializer),
        }
    }
}

#[cfg(feature = "pets")]
impl<'de> serde::Deserialize<'de> for Pet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize<
            'de,
        >>::deserialize(deserializer)?;
        match value.get("kind").and_then(serde_json::Value::as_str) {
            Some("dog") => {
                crate::strict::from_value(value)
                    .map(Self::Dog)
                    .map_err(serde::de::Error::custom)
            }
            Some("cat") => {
                crate::strict::from_value(value)
                    .map(Self::Cat)
                    .map_err(serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Integers the API writes as text, or both ways.
#[cfg(feature = "prices")]
#[allow(deprecated)]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Price {
    /// The price in minor units.
    ///
    /// Sent as a JSON string of digits (`"500"`), as the API documents it; read from a string or a number.
    pub unit_amount: i64,
    /// How many.
    ///
    /// The API documents it both as a number and as a string of digits: sent as a number, read from either.
    pub quantity: Option<i64>,
    /// Days of the trial.
    pub days: Option<i64>,
    /// The price before tiers existed.
    ///
    /// **Deprecated.**
    #[deprecated]
    pub list_price: Option<i64>,
    /// Tier bounds (nested integers as text stay strings).
    pub tiers: Option<Vec<String>>,
}

#[cfg(feature = "prices")]
#[allow(deprecated)]
impl Price {
    /// A `Price` with its required fields (`unit_amount`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(unit_amount: i64) -> Self {
        Self {
            unit_amount,
            quantity: None,
            days: None,
            list_price: None,
            tiers: None,
        }
    }
}

#[cfg(feature = "prices")]
#[allow(deprecated)]
impl serde::Serialize for Price {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Price",
            &["unit_amount", "quantity", "days", "list_price", "tiers"],
            &[false, true, true, true, true],
            &[&crate::object::IntegerText(self.unit_amount)],
            &[&self.quantity, &self.days, &self.list_price, &self.tiers],
        )
    }
}

#[cfg(feature = "prices")]
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Price {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "Price",
            &["unit_amount", "quantity", "days", "list_price", "tiers"],
        )
    }
}

#[cfg(feature = "prices")]
#[allow(deprecated)]
impl<'de> crate::object::FromObject<'de> for Price {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut unit_amount_slot: Option<crate::object::AnyInteger> = None;
        let mut quantity_slot: Option<crate::object::AnyInteger> = None;
        let mut days_slot: Option<i64> = None;
        let mut list_price_slot: Option<i64> = None;
        let mut tiers_slot: Option<Vec<String>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut unit_amount_slot],
            &mut [
                &mut quantity_slot,
                &mut days_slot,
                &mut list_price_slot,
                &mut tiers_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(unit_amount_slot) = unit_amount_slot else {
            return crate::object::missing("unit_amount");
        };
        Ok(Self {
            unit_amount: unit_amount_slot.0,
            quantity: quantity_slot.map(|v| v.0),
            days: days_slot,
            list_price: list_price_slot,
            tiers: tiers_slot,
        })
    }
}

/// The `Problem` schema of the API.
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Problem {
    /// Title (`title`): a string.
    pub title: String,
    /// Detail (`detail`): a string.
    pub detail: Option<String>,
}

#[cfg(feature = "pets")]
impl Problem {
    /// A `Problem` with its required fields (`title`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            detail: None,
        }
    }
}

#[cfg(feature = "pets")]
#[cfg(feature = "serialize")]
impl serde::Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Problem",
            &["title", "detail"],
            &[false, true],
            &[&self.title],
            &[&self.detail],
        )
    }
}

#[cfg(feature = "pets")]
impl<'de> serde::Deserialize<'de> for Problem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer, "Problem", &["title", "detail"])
    }
}

#[cfg(feature = "pets")]
impl<'de> crate::object::FromObject<'de> for Problem {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut title_slot: Option<String> = None;
        let mut detail_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut title_slot],
            &mut [&mut detail_slot],
        ) {
            return Err(error);
        }
        let Some(title_slot) = title_slot else {
            return crate::object::missing("title");
        };
        Ok(Self {
            title: title_slot,
            detail: detail_slot,
        })
    }
}

/// Query and header parameters of [`retrieve_current`](crate::resources).
#[cfg(feature = "weather")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct RetrieveCurrentWeather {
    /// Lat (`lat`): a number.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
}

#[cfg(feature = "weather")]
impl RetrieveCurrentWeather {
    /// A `RetrieveCurrentWeather` with its required fields (`lat`, `lon`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(lat: f64, lon: f64) -> Self {
        Self { lat, lon }
    }
}

#[cfg(feature = "weather")]
impl serde::Serialize for RetrieveCurrentWeather {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "RetrieveCurrentWeather",
            &["lat", "lon"],
            &[false, false],
            &[&self.lat, &self.lon],
            &[],
        )
    }
}

#[cfg(feature = "weather")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for RetrieveCurrentWeather {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "RetrieveCurrentWeather",
            &["lat", "lon"],
        )
    }
}

#[cfg(feature = "weather")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for RetrieveCurrentWeather {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut lat_slot: Option<f64> = None;
        let mut lon_slot: Option<f64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut lat_slot, &mut lon_slot],
            &mut [],
        ) {
            return Err(error);
        }
        let Some(lat_slot) = lat_slot else {
            return crate::object::missing("lat");
        };
        let Some(lon_slot) = lon_slot else {
            return crate::object::missing("lon");
        };
        Ok(Self {
            lat: lat_slot,
            lon: lon_slot,
        })
    }
}

/// The response of `GET /weather/current?lat={lat}&lon={lon}&units=metric`.
#[cfg(feature = "weather")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct RetrieveCurrentWeatherResponse {
    /// Temp (`temp`): a number.
    pub temp: Option<f64>,
}

#[cfg(feature = "weather")]
#[cfg(feature = "serialize")]
impl serde::Serialize for RetrieveCurrentWeatherResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "RetrieveCurrentWeatherResponse",
            &["temp"],
            &[true],
            &[],
            &[&self.temp],
        )
    }
}

#[cfg(feature = "weather")]
impl<'de> serde::Deserialize<'de> for RetrieveCurrentWeatherResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "RetrieveCurrentWeatherResponse",
            &["temp"],
        )
    }
}

#[cfg(feature = "weather")]
impl<'de> crate::object::FromObject<'de> for RetrieveCurrentWeatherResponse {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut temp_slot: Option<f64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut temp_slot],
        ) {
            return Err(error);
        }
        Ok(Self { temp: temp_slot })
    }
}

/// Also used at `#/paths/~1events/get/responses/200/content/application~1json/schema/properties/billing`, `#/paths/~1events/get/responses/200/content/application~1json/schema/properties/shipping`.
#[cfg(feature = "events")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct WithAddress {
    /// Address (`address`): [`Line1AndCityAddress`].
    pub address: Option<crate::types::Line1AndCityAddress>,
}

#[cfg(feature = "events")]
#[cfg(feature = "serialize")]
impl serde::Serialize for WithAddress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "WithAddress",
            &["address"],
            &[true],
            &[],
            &[&self.address],
        )
    }
}

#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for WithAddress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer, "WithAddress", &["address"])
    }
}

#[cfg(feature = "events")]
impl<'de> crate::object::FromObject<'de> for WithAddress {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut address_slot: Option<crate::types::Line1AndCityAddress> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut address_slot],
        ) {
            return Err(error);
        }
        Ok(Self { address: address_slot })
    }
}
