// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on subscription items.
/// Operations on subscription items; get one with [`Client::subscription_items`](crate::Client::subscription_items).
#[derive(Debug, Clone)]
pub struct SubscriptionItemsResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on subscription items.
    pub fn subscription_items(&self) -> SubscriptionItemsResource<'_> {
        SubscriptionItemsResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> SubscriptionItemsResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Create a subscription item
    ///
    /// Adds a price to an existing subscription.
    ///
    /// `POST /v1/subscription_items`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::CreateSubscriptionItem {
    ///     quantity: Some(2),
    ///     price: Some("price_1766032392478261248".to_string()),
    ///     ..wooshpay::CreateSubscriptionItem::new("sub_1942466974063788031")
    /// };
    /// let _response = client.subscription_items().create(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        body: &crate::types::CreateSubscriptionItem,
    ) -> crate::Call<'a, crate::types::SubscriptionItem> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/v1/subscription_items"),
            );
            request.operation("subscription_items.create", "/v1/subscription_items");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::SubscriptionItem>,
        )
    }
}
