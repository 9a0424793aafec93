// @generated from generator/tests/fixtures/unions_and_shapes.yaml by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! The API's typed test stubs: [`Stub`]'s client and accessors, one stub per operation
//! (the `testing` feature; `Stub` itself is the runtime's `testing.rs`).
#![allow(unused_imports)]
use crate::testing::{OperationStub, RequestKind, ResponseKind, RouteKey, Stub};
impl Stub {
    /// A client answered by this stub: every credential a placeholder, no retries (a
    /// stubbed error is answered once).
    ///
    /// ```no_run
    /// # async fn run() {
    /// use pets::testing::Stub;
    ///
    /// let stub = Stub::new();
    /// // Raw JSON is read by the client's own decoder; `returns` takes a typed value.
    /// stub.events().list().returns_json(200, r#"{}"#);
    /// let client = stub.client();
    ///
    /// // The code under test calls the API; an operation it did not stub fails the test.
    /// let _ = client.events().list().await;
    ///
    /// assert_eq!(stub.events().list().call_count(), 1);
    /// # }
    /// ```
    pub fn client(&self) -> crate::Client {
        match self.builder().build() {
            Ok(client) => client,
            Err(error) => panic!("cannot build the stub's client: {error}"),
        }
    }
    /// A builder for a client answered by this stub (every credential a placeholder, no
    /// retries), to set more options before building it.
    pub fn builder(&self) -> crate::ClientBuilder {
        crate::Client::builder().mock_transport(self.transport()).max_retries(0)
    }
    #[cfg(feature = "pets")]
    /// Stubs of the operations on pets.
    pub fn pets(&self) -> PetsStubs<'_> {
        PetsStubs { stub: self }
    }
    #[cfg(feature = "prices")]
    /// Stubs of the operations on prices.
    pub fn prices(&self) -> PricesStubs<'_> {
        PricesStubs { stub: self }
    }
    #[cfg(feature = "events")]
    /// Stubs of the operations on events.
    pub fn events(&self) -> EventsStubs<'_> {
        EventsStubs { stub: self }
    }
    #[cfg(feature = "weather")]
    /// Stubs of the operations on weather.
    pub fn weather(&self) -> WeatherStubs<'_> {
        WeatherStubs { stub: self }
    }
}

#[cfg(feature = "pets")]
/// Stubs of the operations on pets; get it with [`Stub::pets`].
#[derive(Debug, Clone, Copy)]
pub struct PetsStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "pets")]
impl PetsStubs<'_> {
    /// Stubs [`PetsResource::create`](crate::resources::PetsResource::create) (`POST /pets`).
    pub fn create(&self) -> OperationStub<crate::types::NewPet, crate::types::Pet> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/pets",
                    "pets.create",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PetsResource::replace`](crate::resources::PetsResource::replace) (`PUT /pets/{pet_id}`).
    pub fn replace(&self) -> OperationStub<crate::types::NewPet, crate::types::Pet> {
        self.stub
            .operation(
                RouteKey::new(
                    "PUT",
                    "/pets/{pet_id}",
                    "pets.replace",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "prices")]
/// Stubs of the operations on prices; get it with [`Stub::prices`].
#[derive(Debug, Clone, Copy)]
pub struct PricesStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "prices")]
impl PricesStubs<'_> {
    /// Stubs [`PricesResource::create`](crate::resources::PricesResource::create) (`POST /prices`).
    pub fn create(&self) -> OperationStub<crate::types::Price, crate::types::Price> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/prices",
                    "prices.create",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "events")]
/// Stubs of the operations on events; get it with [`Stub::events`].
#[derive(Debug, Clone, Copy)]
pub struct EventsStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "events")]
impl EventsStubs<'_> {
    /// Stubs [`EventsResource::list`](crate::resources::EventsResource::list) (`GET /events`).
    pub fn list(&self) -> OperationStub<(), crate::types::ListEventsResponse> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/events",
                    "events.list",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`EventsResource::follow`](crate::resources::EventsResource::follow) (`GET /events/feed`).
    pub fn follow(&self) -> OperationStub<(), Vec<crate::types::Event>> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/events/feed",
                    "events.follow",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`EventsResource::follow_stream`](crate::resources::EventsResource::follow_stream) (`GET /events/feed`).
    pub fn follow_stream(&self) -> OperationStub<(), crate::types::Event> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/events/feed",
                    "events.follow_stream",
                    RequestKind::None,
                    ResponseKind::EventStream,
                ),
            )
    }
}

#[cfg(feature = "weather")]
/// Stubs of the operations on weather; get it with [`Stub::weather`].
#[derive(Debug, Clone, Copy)]
pub struct WeatherStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "weather")]
impl WeatherStubs<'_> {
    /// Stubs [`WeatherResource::retrieve_current`](crate::resources::WeatherResource::retrieve_current) (`GET /weather/current?lat={lat}&lon={lon}&units=metric`).
    pub fn retrieve_current(
        &self,
    ) -> OperationStub<(), crate::types::RetrieveCurrentWeatherResponse> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/weather/current?lat={lat}&lon={lon}&units=metric",
                    "weather.retrieve_current",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
}
