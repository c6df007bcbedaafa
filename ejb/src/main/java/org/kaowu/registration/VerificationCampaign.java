package org.kaowu.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A verification campaign (核查) over one exam's commitments: all of them, or a random sample whose seed is recorded
 * so the draw can be reproduced; targeted cases are added to it one by one.
 */
@Entity
@Table(name = "verification_campaign")
@NamedQuery(name = "VerificationCampaign.findAll", query = "select c from VerificationCampaign c order by c.createdAt desc")
public class VerificationCampaign {

    /**
     * ALL and SAMPLE are drawn when the office starts them; TARGETED (重点核查) is the exam's standing campaign that
     * registration fills by itself: every exemption claimed on the commitment path is checked there. POST_EXAM
     * (事后核查) is drawn when results are published, from those who passed on the commitment path (at least
     * {@link Verifications#POST_EXAM_MIN_PERCENT} %), and must be finished before certificates are issued.
     */
    public enum Mode { ALL, SAMPLE, TARGETED, POST_EXAM }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    private Long id;

    @Column(name = "exam_id", nullable = false)
    private long examId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Mode mode;

    @Column(name = "sample_percent")
    private Integer samplePercent;

    private Long seed;

    @Column(nullable = false)
    private int population;

    @Column(nullable = false)
    private int drawn;

    @Column(nullable = false)
    private Instant deadline;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected VerificationCampaign() {
    }

    VerificationCampaign(long examId, String name, Mode mode, Integer samplePercent, Long seed, int population, int drawn,
                         Instant deadline, Instant createdAt, String createdBy) {
        this.examId = examId;
        this.name = name;
        this.mode = mode;
        this.samplePercent = samplePercent;
        this.seed = seed;
        this.population = population;
        this.drawn = drawn;
        this.deadline = deadline;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The sample a seed draws: the population shuffled by {@code new Random(seed)}, the first ⌈n·p/100⌉. */
    public static List<Long> draw(List<Long> population, int percent, long seed) {
        List<Long> shuffled = new ArrayList<>(population);
        Collections.shuffle(shuffled, new Random(seed));
        int n = (int) Math.ceil(population.size() * percent / 100.0);
        List<Long> drawn = new ArrayList<>(shuffled.subList(0, n));
        Collections.sort(drawn);
        return drawn;
    }

    void targeted() {
        drawn++;
    }

    /** A registration joined the standing targeted campaign (it counts in the population it is drawn from). */
    void joined() {
        population++;
        drawn++;
    }

    public Long getId() { return id; }
    public long getExamId() { return examId; }
    public String getName() { return name; }
    public Mode getMode() { return mode; }
    public Integer getSamplePercent() { return samplePercent; }
    public Long getSeed() { return seed; }
    public int getPopulation() { return population; }
    public int getDrawn() { return drawn; }
    public Instant getDeadline() { return deadline; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
