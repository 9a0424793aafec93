// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on events.
/// Operations on events; get one with [`Client::events`](crate::Client::events).
#[derive(Debug, Clone)]
pub struct EventsResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on events.
    pub fn events(&self) -> EventsResource<'_> {
        EventsResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> EventsResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Retrieve an event
    ///
    /// Returns an event, the same object a webhook delivery of it carries.
    ///
    /// `GET /v1/events/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the event.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.events().retrieve("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(&self, id: &str) -> crate::Call<'a, crate::types::Event> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/events/", &*id_segment].concat(),
            );
            request.operation("events.retrieve", "/v1/events/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Event>,
        )
    }
}
