//! Test event types of the runtime crate (a generated crate's own `webhooks/events.rs` lists
//! its API's, from the settings).

use super::{Event, WebhookError};

event_types! {
    /// `sample.created`.
    SampleCreated => "sample.created",
    /// `sample.updated`.
    SampleUpdated => "sample.updated",
    /// `other.happened`.
    OtherHappened => "other.happened",
}

event_objects! {
    /// A sample object, the object of `sample.created`, `sample.updated` events.
    Sample(crate::types::Sample) =
        "sample.created"
        | "sample.updated",
}
