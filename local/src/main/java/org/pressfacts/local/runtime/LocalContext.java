package org.pressfacts.local.runtime;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

import java.util.UUID;

/** The Context of one local invocation: a fresh request id and a deadline of the function's Timeout from now. */
public record LocalContext(String requestId, String functionName, int memoryMb, long deadlineMillis,
                           LambdaLogger logger) implements Context {

    /** Local invocations are not in any account or region; the ARN only has to look like one. */
    private static final String ARN_PREFIX = "arn:aws:lambda:us-east-1:000000000000:function:";

    public static LocalContext of(String functionName, int memoryMb, int timeoutSeconds, LambdaLogger logger) {
        return new LocalContext(UUID.randomUUID().toString(), functionName, memoryMb,
                System.currentTimeMillis() + timeoutSeconds * 1000L, logger);
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local/[$LATEST]" + requestId.replace("-", "");
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return ARN_PREFIX + functionName;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, deadlineMillis - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryMb;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
