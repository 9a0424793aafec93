// @generated from generator/tests/fixtures/unions_and_shapes.yaml by `cargo xtask regenerate`.
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
    /// List events
    ///
    /// `GET /events`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: pets::Client) -> Result<(), pets::Error> {
    /// let _response = client.events().list().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> crate::Call<'a, crate::types::ListEventsResponse> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                String::from("/events"),
            );
            request.operation("events.list", "/events");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::ListEventsResponse>,
        )
    }
    /// Follow events
    ///
    /// `GET /events/feed`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: pets::Client) -> Result<(), pets::Error> {
    /// let _response = client.events().follow().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn follow(&self) -> crate::Call<'a, Vec<crate::types::Event>> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                String::from("/events/feed"),
            );
            request.operation("events.follow", "/events/feed");
            request.header("Accept", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<Vec<crate::types::Event>>,
        )
    }
    /// Follow events
    ///
    /// Sends the request of [`follow`](Self::follow) asking for the response as server-sent events (`Accept: text/event-stream`) and returns them as they arrive. An API that picks the form of the response by a request field (`stream: true`) needs that set as well.
    ///
    /// `GET /events/feed`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: pets::Client) -> Result<(), pets::Error> {
    /// let _response = client.events().follow_stream().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn follow_stream(
        &self,
    ) -> Result<crate::sse::EventStream<crate::types::Event>, crate::Error> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                String::from("/events/feed"),
            );
            request.operation("events.follow_stream", "/events/feed");
            request.header("Accept", "text/event-stream");
            Ok(request)
        })?;
        self.client
            .send_streaming(request, &self.options)
            .await
            .map(crate::sse::EventStream::new)
    }
}
