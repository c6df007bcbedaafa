package org.kaowu.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal SMTP server for tests: it accepts every message on the port the test server's mail session sends to
 * ({@code -Dkaowu.it.smtpPort}, set by ear/pom.xml with the server's {@code -Dkaowu.mail.port}) and keeps it, with
 * its text decoded (quoted-printable or base64), for the test to read.
 */
public final class SmtpCatcher implements AutoCloseable {

    public static final int PORT = Integer.getInteger("kaowu.it.smtpPort", 2525);

    /** One message as received: the envelope's recipients and the decoded text of its body. */
    public record Mail(List<String> recipients, String headers, String text) {
    }

    private final ServerSocket server;
    private final List<Mail> received = new ArrayList<>();
    private final Thread acceptor;

    private SmtpCatcher(ServerSocket server) {
        this.server = server;
        this.acceptor = new Thread(this::acceptAll, "smtp-catcher");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    public static SmtpCatcher start() {
        try {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT));
            return new SmtpCatcher(s);
        } catch (IOException e) {
            throw new UncheckedIOException("the SMTP catcher cannot listen on port " + PORT, e);
        }
    }

    /** Waits up to {@code timeout} for a message to {@code recipient} and answers it. */
    public Mail await(String recipient, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (true) {
                Optional<Mail> m = to(recipient);
                if (m.isPresent()) {
                    return m.get();
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no mail to " + recipient + " within " + timeout + "; got "
                            + received.stream().map(Mail::recipients).toList());
                }
                received.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    /** The latest message to {@code recipient} received so far. */
    public Optional<Mail> to(String recipient) {
        synchronized (received) {
            for (int i = received.size() - 1; i >= 0; i--) {
                Mail m = received.get(i);
                if (m.recipients().stream().anyMatch(r -> r.equalsIgnoreCase(recipient))) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    /** The first match of {@code pattern}'s group 1 in the text of the latest mail to {@code recipient}. */
    public String find(String recipient, Pattern pattern, Duration timeout) throws InterruptedException {
        Mail m = await(recipient, timeout);
        Matcher matcher = pattern.matcher(m.text());
        if (!matcher.find()) {
            throw new AssertionError("the mail to " + recipient + " has no " + pattern + ":\n" + m.text());
        }
        return matcher.group(1);
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(10_000);
                converse(socket);
            } catch (IOException e) {
                // closed, or a client that went away: wait for the next one
            }
        }
    }

    private void converse(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        reply(out, "220 smtp-catcher ready");
        List<String> recipients = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO")) {
                reply(out, "250-smtp-catcher\r\n250-8BITMIME\r\n250 SMTPUTF8");
            } else if (command.startsWith("HELO") || command.startsWith("MAIL FROM") || command.startsWith("NOOP")) {
                reply(out, "250 ok");
            } else if (command.startsWith("RSET")) {
                recipients.clear();
                reply(out, "250 ok");
            } else if (command.startsWith("RCPT TO")) {
                recipients.add(line.substring(line.indexOf(':') + 1).trim().replaceAll("^<|>.*$", ""));
                reply(out, "250 ok");
            } else if (command.equals("DATA")) {
                reply(out, "354 end with <CRLF>.<CRLF>");
                StringBuilder data = new StringBuilder();
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    data.append(line.startsWith("..") ? line.substring(1) : line).append("\n");
                }
                keep(List.copyOf(recipients), data.toString());
                recipients.clear();
                reply(out, "250 kept");
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "502 not implemented");
            }
        }
    }

    private void keep(List<String> recipients, String data) {
        int split = data.indexOf("\n\n");
        String headers = split < 0 ? data : data.substring(0, split);
        String body = split < 0 ? "" : data.substring(split + 2);
        String encoding = header(headers, "Content-Transfer-Encoding").toLowerCase(Locale.ROOT);
        String text;
        if (encoding.equals("base64")) {
            text = new String(Base64.getMimeDecoder().decode(body.replaceAll("\\s", "")), StandardCharsets.UTF_8);
        } else if (encoding.equals("quoted-printable")) {
            text = quotedPrintable(body);
        } else {
            text = body;
        }
        synchronized (received) {
            received.add(new Mail(recipients, headers, text));
            received.notifyAll();
        }
    }

    private static String header(String headers, String name) {
        Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(\\S+)").matcher(headers);
        return m.find() ? m.group(1) : "";
    }

    static String quotedPrintable(String body) {
        String joined = body.replace("=\n", "");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length()) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Stops listening; returns once the port is free again (the accepting thread has left). */
    @Override
    public void close() {
        try {
            server.close();
            acceptor.join(10_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
