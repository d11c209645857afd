package org.skillalliance.gateway;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import reactor.netty.NettyPipeline;

/**
 * The refusals made below WebFlux, by the HTTP server itself, as problem+json: a request line longer than
 * {@code server.netty.max-initial-line-length} (4 KB) is 414, headers larger than
 * {@code server.max-http-request-header-size} (8 KB) together are 431, a request that is not HTTP (a header line
 * without a colon, a broken chunk) or whose URI is no URI ({@code %zz}) is 400. Reactor Netty answers these itself,
 * with an empty body, before any web filter or exception handler could run.
 *
 * <p>How: a handler in each connection's pipeline, between the HTTP codec and Reactor Netty's traffic handler, notes
 * a request the decoder could not read (its decoder result is a failure) or whose URI does not parse (which Spring's
 * adapter answers with an empty 400), and gives the empty 400, 414 or 431 that answers it a problem body. Reactor
 * Netty keeps deciding when and whether to answer (pipelined requests in order, the connection closed after); only
 * the body is added. Raising the decoder's limits and enforcing lower ones in a web filter would leave the same empty
 * answer beyond the raised limits, so the limits stay where they are and the answer itself is mended.
 */
@Configuration(proxyBeanMethods = false)
class DecoderRefusals {

    static final String HANDLER_NAME = "skillalliance.decoderRefusals";
    /** How long a connection that was refused as oversized keeps reading before it closes. */
    static final long LINGER_MILLIS = 1_000;

    @Bean
    NettyServerCustomizer decoderRefusalsAsProblems(
            @Value("${server.netty.max-initial-line-length:4KB}") DataSize maxRequestLine,
            @Value("${server.max-http-request-header-size:8KB}") DataSize maxHeaders) {
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(NettyPipeline.HttpTrafficHandler) != null) {
                pipeline.addBefore(
                        NettyPipeline.HttpTrafficHandler,
                        HANDLER_NAME,
                        new ProblemBodies(maxRequestLine.toBytes(), maxHeaders.toBytes()));
            }
        });
    }

    /** One per connection; Netty calls it on the connection's event loop only. */
    static final class ProblemBodies extends ChannelDuplexHandler {

        private final long maxRequestLine;
        private final long maxHeaders;
        private boolean unreadable;
        /** A 414 or 431 went out: the client may still be sending the rest of a request the decoder gave up on. */
        private boolean answeredOversized;

        ProblemBodies(long maxRequestLine, long maxHeaders) {
            this.maxRequestLine = maxRequestLine;
            this.maxHeaders = maxHeaders;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpObject message && message.decoderResult().isFailure()
                    || msg instanceof HttpRequest request && !isUri(request.uri())) {
                unreadable = true;
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (unreadable
                    && msg instanceof FullHttpResponse response
                    && response.content().readableBytes() == 0
                    && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)) {
                byte[] body = problemFor(response.status().code());
                if (body != null) {
                    unreadable = false;
                    answeredOversized =
                            response.status().code() == 414 || response.status().code() == 431;
                    FullHttpResponse problem = response.replace(Unpooled.wrappedBuffer(body));
                    response.release();
                    problem.headers()
                            .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                            .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
                    ctx.write(problem, promise);
                    return;
                }
            }
            ctx.write(msg, promise);
        }

        /**
         * The close after a 414 or 431, made gently. The client of an oversized request may still be sending it (a
         * 100 KB request line) when Reactor Netty closes the connection, and closing a socket with unread input makes
         * the kernel reset the connection: the reset can reach the client before the answer, which it then never
         * reads ("header parser received no bytes", seen once in the hostile-input test's 9,442 requests). So the
         * answer is followed by the end of output (FIN), what the client still sends is read (the decoder drops it),
         * and the connection closes {@value #LINGER_MILLIS} ms later.
         */
        @Override
        public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
            if (!answeredOversized || !ctx.channel().isActive() || !(ctx.channel() instanceof DuplexChannel duplex)) {
                ctx.close(promise);
                return;
            }
            answeredOversized = false;
            ctx.channel().config().setAutoRead(true);
            duplex.shutdownOutput()
                    .addListener(shutDown ->
                            ctx.executor().schedule(() -> ctx.close(promise), LINGER_MILLIS, TimeUnit.MILLISECONDS));
        }

        private byte[] problemFor(int status) {
            return switch (status) {
                case 414 ->
                    Problems.body(
                            414,
                            Problems.typeOf(HttpStatus.URI_TOO_LONG),
                            "URI too long",
                            "the request line is longer than " + maxRequestLine + " bytes, the most the gateway reads");
                case 431 ->
                    Problems.body(
                            431,
                            Problems.typeOf(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE),
                            "Request header fields too large",
                            "the request's headers are larger than " + maxHeaders
                                    + " bytes, the most the gateway reads");
                case 400 ->
                    Problems.body(
                            400,
                            Problems.typeOf(HttpStatus.BAD_REQUEST),
                            "Bad request",
                            "the request could not be read as HTTP: a malformed request line, header, chunk or URI");
                default -> null;
            };
        }

        private static boolean isUri(String uri) {
            try {
                new URI(uri);
                return true;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
