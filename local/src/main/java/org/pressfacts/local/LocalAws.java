package org.pressfacts.local;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where functions find "AWS" locally: the DynamoDB endpoint, a region and dummy credentials (dynalite accepts
 * any), as the variables and system properties AWS SDK v2 reads by itself. System properties win over
 * variables in the SDK, so an in-process host overrides whatever the developer's shell has set.
 */
public record LocalAws(URI dynamoEndpoint, String region) {

    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local";

    /** The SDK's region when the shell sets none; dynalite ignores it. */
    public static String defaultRegion() {
        String region = System.getenv("AWS_REGION");
        return region == null || region.isBlank() ? "us-east-1" : region;
    }

    /** For a child process, as Lambda sets them (plus the endpoint override sam local would need). */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_REGION", region);
        env.put("AWS_DEFAULT_REGION", region);
        env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
        env.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoEndpoint.toString());
        return env;
    }

    /**
     * For functions hosted in this JVM. Names from SDK v2: SdkSystemSetting (aws.region, aws.accessKeyId,
     * aws.secretAccessKey) and the DynamoDB client builder's serviceEndpointOverrideSystemProperty, which is
     * spelled aws.endpointUrlDynamoDb (capital D, b), not aws.endpointUrlDynamodb.
     */
    public Map<String, String> systemProperties() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("aws.region", region);
        props.put("aws.accessKeyId", ACCESS_KEY);
        props.put("aws.secretAccessKey", SECRET_KEY);
        props.put("aws.endpointUrlDynamoDb", dynamoEndpoint.toString());
        return props;
    }
}
