import {
  assessScores,
  effectiveWeights,
  gradeFor,
  nextBand,
  parseBandConditions,
  pointsAtStake,
  roundScore,
  smallestGainsToNextGrade,
  whatIf,
  type GradeBand,
  type ScoreFramework,
} from './score-model';

// ITA 2565 as seeded (supabase/seed.sql): IIT 30 = 5 × 6, EIT 30 = 3 × 10, OIT 40 = 22 + 18.
const ITA_2565: ScoreFramework = {
  groupWeights: { IIT: 30, EIT: 30, OIT: 40 },
  indicators: [
    { no: 1, name: 'การปฏิบัติหน้าที่', group: 'IIT', weight: 6 },
    { no: 2, name: 'การใช้งบประมาณ', group: 'IIT', weight: 6 },
    { no: 3, name: 'การใช้อำนาจ', group: 'IIT', weight: 6 },
    { no: 4, name: 'การใช้ทรัพย์สินของราชการ', group: 'IIT', weight: 6 },
    { no: 5, name: 'การแก้ไขปัญหาการทุจริต', group: 'IIT', weight: 6 },
    { no: 6, name: 'คุณภาพการดำเนินงาน', group: 'EIT', weight: 10 },
    { no: 7, name: 'ประสิทธิภาพการสื่อสาร', group: 'EIT', weight: 10 },
    { no: 8, name: 'การปรับปรุงการทำงาน', group: 'EIT', weight: 10 },
    { no: 9, name: 'การเปิดเผยข้อมูล', group: 'OIT', weight: 22 },
    { no: 10, name: 'การป้องกันการทุจริต', group: 'OIT', weight: 18 },
  ],
  bands: [
    { label: 'AA', minScore: 95, maxScore: 100, conditions: {} },
    { label: 'A', minScore: 85, maxScore: 94.99, conditions: {} },
    { label: 'B', minScore: 75, maxScore: 84.99, conditions: {} },
    { label: 'C', minScore: 65, maxScore: 74.99, conditions: {} },
    { label: 'D', minScore: 55, maxScore: 64.99, conditions: {} },
    { label: 'E', minScore: 50, maxScore: 54.99, conditions: {} },
    { label: 'F', minScore: 0, maxScore: 49.99, conditions: {} },
  ],
};

// Din Daeng 2565: indicators 1–8 and the overall score 75.28 (grade B); indicators 9–10 were not recorded.
const DIN_DAENG = { 1: 86.39, 2: 67.63, 3: 80.09, 4: 68.22, 5: 73.81, 6: 64.15, 7: 72.03, 8: 67.85 };

describe('the ITA score model', () => {
  describe('on Din Daeng’s 2565 numbers', () => {
    const assessment = assessScores(ITA_2565, DIN_DAENG, 75.28);

    it('reads the group scores from indicators 1–8', () => {
      // IIT = (86.39 + 67.63 + 80.09 + 68.22 + 73.81) / 5 = 376.14 / 5 = 75.228
      expect(assessment.groups.IIT.score).toBeCloseTo(75.228, 10);
      // EIT = (64.15 + 72.03 + 67.85) / 3 = 204.03 / 3 = 68.01
      expect(assessment.groups.EIT.score).toBeCloseTo(68.01, 10);
    });

    it('implies the OIT score from the overall 75.28 (≈ 80.77)', () => {
      // OIT = (75.28 × 100 − 30 × 75.228 − 30 × 68.01) / 40 = (7528 − 2256.84 − 2040.3) / 40 = 3230.86 / 40 = 80.7715
      expect(assessment.groups.OIT).toMatchObject({ source: 'implied', weight: 40 });
      expect(assessment.groups.OIT.score).toBeCloseTo(80.7715, 10);
      expect(roundScore(assessment.groups.OIT.score!)).toBe(80.77);
    });

    it('reproduces 75.28, grade B', () => {
      expect(assessment.overall).toBe(75.28);
      expect(assessment.overallSource).toBe('recorded');
      expect(assessment.grade).toEqual({ label: 'B', scoreBandLabel: 'B', heldBack: [] });
      expect(assessment.recordedMismatch).toBe(false);
    });

    it('recomputes 75.28 from the group scores', () => {
      // Σ W_g × G_g / 100 = (30 × 75.228 + 30 × 68.01 + 40 × 80.7715) / 100 = 75.28
      const recomputed = whatIf(assessment, {});
      expect(recomputed?.overall).toBe(75.28);
      const sumOfUnits = assessment.units.reduce((s, u) => s + u.weight * u.score, 0) / 100;
      expect(roundScore(sumOfUnits)).toBe(75.28);
    });

    it('ranks the points at stake, the implied OIT first', () => {
      // weight × (100 − score) / 100: OIT 40 × 19.2285 = 7.6914; 6: 10 × 35.85 = 3.585; 8: 3.215; 7: 2.797;
      // 2: 6 × 32.37 = 1.9422; 4: 1.9068; 5: 1.5714; 3: 1.1946; 1: 6 × 13.61 = 0.8166
      const ranked = pointsAtStake(assessment);
      expect(ranked.map((p) => p.unit.key)).toEqual(['gOIT', 'i6', 'i8', 'i7', 'i2', 'i4', 'i5', 'i3', 'i1']);
      const expected = [7.6914, 3.585, 3.215, 2.797, 1.9422, 1.9068, 1.5714, 1.1946, 0.8166];
      ranked.forEach((p, i) => expect(p.points).toBeCloseTo(expected[i]!, 10));
      // All together they are what separates 75.28 from 100.
      expect(ranked.reduce((s, p) => s + p.points, 0)).toBeCloseTo(100 - 75.28, 10);
    });

    it('answers “raise indicator 6 to 80”: 76.87, still B', () => {
      // 75.28 + 10 × (80 − 64.15) / 100 = 75.28 + 1.585 = 76.865 → 76.87
      const result = whatIf(assessment, { i6: 80 });
      expect(result?.overall).toBe(76.87);
      expect(result?.grade?.label).toBe('B');
      // EIT becomes (80 + 72.03 + 67.85) / 3 = 73.2933…
      expect(result?.groups.EIT).toBeCloseTo(219.88 / 3, 10);
    });

    it('answers “raise everything to 100”: 100, AA', () => {
      const all = Object.fromEntries(assessment.units.map((u) => [u.key, 100]));
      expect(whatIf(assessment, all)).toMatchObject({ overall: 100, grade: { label: 'AA' } });
    });

    it('finds the smallest set of gains that reaches A', () => {
      // Gap 85 − 75.28 = 9.72 points. No single unit has that much at stake (OIT: 7.69); OIT + indicator 6
      // does (7.69 + 3.585). OIT + 7 and OIT + 8 tie on the total raise; the first (6) is kept.
      // OIT → 100 adds 7.6914; the rest, 2.0286, is 20.286 points on indicator 6: 64.15 → 84.44 (rounded up).
      const plan = smallestGainsToNextGrade(assessment);
      expect(nextBand(assessment)?.label).toBe('A');
      expect(plan?.targetLabel).toBe('A');
      expect(plan?.gains.map((g) => [g.unit.key, roundScore(g.from), g.to])).toEqual([
        ['gOIT', 80.77, 100],
        ['i6', 64.15, 84.44],
      ]);
      // 75.28 + 7.6914 + 10 × 20.29 / 100 = 85.0004 → 85.00, A
      expect(plan?.result.overall).toBe(85);
      expect(plan?.result.grade?.label).toBe('A');
    });

    it('uses four indicators when OIT cannot move', () => {
      // Without OIT: 6, 8, 7 give 3.585 + 3.215 + 2.797 = 9.597 < 9.72, so a fourth (2: 1.9422) is needed.
      const withoutOit = { ...assessment, units: assessment.units.filter((u) => u.kind === 'indicator') };
      const plan = smallestGainsToNextGrade(withoutOit);
      expect(plan?.gains).toHaveLength(4);
      expect(plan?.result.grade?.label).toBe('A');
    });
  });

  describe('with all ten scores', () => {
    const scores = { ...DIN_DAENG, 9: 82.5, 10: 78.5 };

    it('computes the overall from the indicators, OIT weighted 22/18', () => {
      // OIT = (22 × 82.5 + 18 × 78.5) / 40 = (1815 + 1413) / 40 = 80.70
      // overall = (30 × 75.228 + 30 × 68.01 + 40 × 80.70) / 100 = (2256.84 + 2040.3 + 3228) / 100 = 75.2514 → 75.25
      const assessment = assessScores(ITA_2565, scores);
      expect(assessment.groups.OIT).toMatchObject({ source: 'indicators' });
      expect(assessment.groups.OIT.score).toBeCloseTo(80.7, 10);
      expect(assessment.overallSource).toBe('computed');
      expect(assessment.overall).toBe(75.25);
      expect(assessment.grade?.label).toBe('B');
      expect(assessment.units.map((u) => u.key)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9', 'i10']);
    });

    it('reports a recorded overall that disagrees, and keeps the computed one', () => {
      const assessment = assessScores(ITA_2565, scores, 75.28);
      expect(assessment.overall).toBe(75.25);
      expect(assessment.recordedMismatch).toBe(true);
      expect(assessScores(ITA_2565, scores, 75.25).recordedMismatch).toBe(false);
    });

    it('weighs indicator 9 more than 10 in what-ifs', () => {
      const assessment = assessScores(ITA_2565, scores);
      // +10 on 9 adds 22 × 10 / 100 = 2.2; on 10, 18 × 10 / 100 = 1.8
      expect(whatIf(assessment, { i9: 92.5 })?.overallExact).toBeCloseTo(75.2514 + 2.2, 10);
      expect(whatIf(assessment, { i10: 88.5 })?.overallExact).toBeCloseTo(75.2514 + 1.8, 10);
    });
  });

  describe('with missing scores', () => {
    it('knows nothing without scores or an overall', () => {
      const assessment = assessScores(ITA_2565, {});
      expect(assessment.overall).toBeNull();
      expect(assessment.grade).toBeNull();
      expect(pointsAtStake(assessment)).toEqual([]);
      expect(whatIf(assessment, { i6: 80 })).toBeNull();
      expect(smallestGainsToNextGrade(assessment)).toBeNull();
    });

    it('cannot compute the overall when a group is incomplete and no overall was recorded', () => {
      const assessment = assessScores(ITA_2565, { ...DIN_DAENG, 9: 82.5 });
      expect(assessment.overall).toBeNull();
      expect(assessment.groups.OIT).toMatchObject({ score: null, source: 'missing' });
    });

    it('implies a group that has only some of its scores', () => {
      // OIT has 9 but not 10: the group as a whole is implied from the overall, as with none.
      const assessment = assessScores(ITA_2565, { ...DIN_DAENG, 9: 99 }, 75.28);
      expect(assessment.groups.OIT.score).toBeCloseTo(80.7715, 10);
      expect(assessment.units.some((u) => u.key === 'i9')).toBe(false);
    });

    it('grades the recorded overall when two groups are unknown, and moves it linearly', () => {
      // Only IIT known: EIT and OIT cannot be separated, but 75.28 still grades B and +10 on indicator 1 adds 0.6.
      const assessment = assessScores(ITA_2565, { 1: 86.39, 2: 67.63, 3: 80.09, 4: 68.22, 5: 73.81 }, 75.28);
      expect(assessment).toMatchObject({ overall: 75.28, overallSource: 'recorded', grade: { label: 'B' } });
      expect(assessment.groups.EIT.source).toBe('missing');
      expect(whatIf(assessment, { i1: 96.39 })?.overall).toBe(75.88);
    });

    it('refuses to imply an impossible score', () => {
      // 99 overall would need OIT = (9900 − 2256.84 − 2040.3) / 40 = 140.07 > 100
      const assessment = assessScores(ITA_2565, DIN_DAENG, 99);
      expect(assessment.recordedMismatch).toBe(true);
      expect(assessment.groups.OIT.score).toBeNull();
      expect(assessment.overall).toBe(99);
    });

    it('shares a group weight equally when the indicators have no weights', () => {
      const framework = { ...ITA_2565, indicators: ITA_2565.indicators.map((i) => ({ ...i, weight: null })) };
      const weights = effectiveWeights(framework);
      expect(weights.get(9)).toBe(20);
      expect(weights.get(10)).toBe(20);
      expect(weights.get(1)).toBe(6);
    });
  });

  describe('grades', () => {
    it.each([
      [85, 'A'],
      [85.0, 'A'],
      [84.99, 'B'],
      [84.994, 'B'],
      [84.995, 'A'], // published as 85.00
      [94.99, 'A'],
      [95, 'AA'],
      [100, 'AA'],
      [75, 'B'],
      [74.99, 'C'],
      [49.99, 'F'],
      [0, 'F'],
    ])('gives %s the grade %s', (score, label) => {
      expect(gradeFor(ITA_2565.bands, score)?.label).toBe(label);
    });

    it('rounds half up on decimal scores, not binary floats', () => {
      expect(roundScore(84.995)).toBe(85);
      expect(roundScore(76.865)).toBe(76.87);
      expect(roundScore(1.005)).toBe(1.01);
      expect(roundScore(80.7715)).toBe(80.77);
    });

    describe('with the 2566+ per-tool conditions', () => {
      const bands2566: GradeBand[] = [
        { label: 'ผ่านดีเยี่ยม', minScore: 95, maxScore: 100, conditions: { minGroupScores: { OIT: 95 } } },
        { label: 'ผ่านดี', minScore: 85, maxScore: 94.99, conditions: { minGroupScores: { OIT: 85 } } },
        { label: 'ผ่าน', minScore: 75, maxScore: 84.99, conditions: {} },
        { label: 'ต้องปรับปรุง', minScore: 50, maxScore: 74.99, conditions: {} },
        { label: 'ต้องปรับปรุงโดยด่วน', minScore: 0, maxScore: 49.99, conditions: {} },
      ];
      const framework: ScoreFramework = { ...ITA_2565, bands: bands2566 };

      it('holds a grade back when a tool misses its minimum', () => {
        expect(gradeFor(bands2566, 88, { IIT: 90, EIT: 90, OIT: 84.99 })).toEqual({
          label: 'ผ่าน',
          scoreBandLabel: 'ผ่านดี',
          heldBack: [{ label: 'ผ่านดี', unmet: [{ kind: 'group', target: 'OIT', required: 85, actual: 84.99 }] }],
        });
        expect(gradeFor(bands2566, 88, { IIT: 90, EIT: 90, OIT: 85 })?.label).toBe('ผ่านดี');
        // An unknown tool score does not meet a condition.
        expect(gradeFor(bands2566, 88)?.label).toBe('ผ่าน');
      });

      it('checks indicator minimums', () => {
        const bands = [{ ...bands2566[1]!, conditions: { minIndicatorScores: { 9: 80 } } }, bands2566[2]!];
        expect(gradeFor(bands, 90, undefined, { 9: 79.99 })?.label).toBe('ผ่าน');
        expect(gradeFor(bands, 90, undefined, { 9: 80 })?.label).toBe('ผ่านดี');
      });

      it('raises the conditioned tool in the smallest set of gains', () => {
        // All ten known, overall high enough but OIT below 85: the plan must lift OIT to 85.
        const scores = { 1: 95, 2: 95, 3: 95, 4: 95, 5: 95, 6: 95, 7: 95, 8: 95, 9: 80, 10: 80 };
        // overall = (30 × 95 + 30 × 95 + 40 × 80) / 100 = 89 → score band ผ่านดี, held back to ผ่าน
        const assessment = assessScores(framework, scores);
        expect(assessment.overall).toBe(89);
        expect(assessment.grade).toMatchObject({ label: 'ผ่าน', scoreBandLabel: 'ผ่านดี' });
        const plan = smallestGainsToNextGrade(assessment);
        // One indicator suffices: 9 (weight 22) needs 80 + 5 × 40 / 22 = 89.0909… → 89.10
        expect(plan?.gains.map((g) => [g.unit.key, g.to])).toEqual([['i9', 89.1]]);
        expect(plan?.result.grade?.label).toBe('ผ่านดี');
        expect(plan?.result.groups.OIT).toBeGreaterThanOrEqual(85);
      });
    });

    it('reads conditions from the database’s jsonb', () => {
      expect(parseBandConditions({ min_group_scores: { OIT: 85, XYZ: 1 }, min_indicator_scores: { '9': 80 } })).toEqual(
        {
          minGroupScores: { OIT: 85 },
          minIndicatorScores: { 9: 80 },
        },
      );
      expect(parseBandConditions({})).toEqual({});
      expect(parseBandConditions(null)).toEqual({});
    });

    it('has no next grade at the top', () => {
      const assessment = assessScores(ITA_2565, {}, 97);
      expect(assessment.grade?.label).toBe('AA');
      expect(nextBand(assessment)).toBeNull();
      expect(smallestGainsToNextGrade(assessment)).toBeNull();
    });
  });
});
