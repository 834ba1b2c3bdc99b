package io.linecare.communication.devmail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default run's mail server: GreenMail on localhost, so a newcomer sees what customers receive
 * (on /dev/mail) without installing anything. Off in prod, where spring.mail.* points at real SMTP.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "linecare.mail.embedded.enabled", havingValue = "true")
public class EmbeddedMailServerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServerConfiguration.class);

    @Bean(destroyMethod = "stop")
    GreenMail embeddedMailServer(@Value("${linecare.mail.embedded.port}") int port) {
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        log.info("Embedded SMTP server on 127.0.0.1:{}; received mail is listed on /dev/mail", port);
        return greenMail;
    }
}
