// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on products.
/// Operations on products; get one with [`Client::products`](crate::Client::products).
#[derive(Debug, Clone)]
pub struct ProductsResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on products.
    pub fn products(&self) -> ProductsResource<'_> {
        ProductsResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> ProductsResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Create a Product
    ///
    /// Creates a product, which prices then give a cost.
    ///
    /// `POST /v1/products`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::CreateProduct {
    ///     active: Some(true),
    ///     description: Some("very delicious".to_string()),
    ///     url: Some("www.baidu.com".to_string()),
    ///     ..wooshpay::CreateProduct::new("taiwan fengli")
    /// };
    /// let _response = client.products().create(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        body: &crate::types::CreateProduct,
    ) -> crate::Call<'a, crate::types::Product> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/v1/products"),
            );
            request.operation("products.create", "/v1/products");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Product>,
        )
    }
}
