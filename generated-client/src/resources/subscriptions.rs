// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on subscriptions.
/// Operations on subscriptions; get one with [`Client::subscriptions`](crate::Client::subscriptions).
#[derive(Debug, Clone)]
pub struct SubscriptionsResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on subscriptions.
    pub fn subscriptions(&self) -> SubscriptionsResource<'_> {
        SubscriptionsResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> SubscriptionsResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Create a subscription
    ///
    /// Starts billing a customer for one or more recurring prices.
    ///
    /// `POST /v1/subscriptions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::CreateSubscription::new("...", Vec::new());
    /// let _response = client.subscriptions().create(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        body: &crate::types::CreateSubscription,
    ) -> crate::Call<'a, crate::types::Subscription> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/v1/subscriptions"),
            );
            request.operation("subscriptions.create", "/v1/subscriptions");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Subscription>,
        )
    }
    /// Update a subscription
    ///
    /// Changes a subscription's items, or cancels it at the end of the period.
    ///
    /// `POST /v1/subscriptions/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the subscription.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::UpdateSubscription::default();
    /// let _response = client.subscriptions().update("...", &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(
        &self,
        id: &str,
        body: &crate::types::UpdateSubscription,
    ) -> crate::Call<'a, crate::types::Subscription> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                ["/v1/subscriptions/", &*id_segment].concat(),
            );
            request.operation("subscriptions.update", "/v1/subscriptions/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Subscription>,
        )
    }
}
