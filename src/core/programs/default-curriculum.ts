/**
 * The 12 session topics every new stream starts with, from the program's public descriptions
 * (the Ministry's PAR page and the French "Programme IPV" overview): what participants can expect
 * to learn, in the order a group usually takes them. Agencies edit them per stream.
 */
export interface TopicText {
  title: string;
  titleFr: string;
  summary: string;
  summaryFr: string;
}

export const defaultCurriculum: readonly TopicText[] = [
  {
    title: 'What abuse is and how it affects partners and children',
    titleFr: 'Ce qu’est la violence et ses effets sur les partenaires et les enfants',
    summary: 'Physical, emotional, sexual and financial abuse and control; the harm to a partner and to children who see or hear it.',
    summaryFr: 'La violence physique, psychologique, sexuelle et financière et le contrôle; le tort causé à la partenaire et aux enfants qui en sont témoins.',
  },
  {
    title: 'Abuse is a choice',
    titleFr: 'La violence est un choix',
    summary: 'Taking responsibility: jealousy, anger, alcohol or stress do not cause abuse; the person who abuses chooses to.',
    summaryFr: 'Assumer la responsabilité : la jalousie, la colère, l’alcool ou le stress ne causent pas la violence; la personne violente fait un choix.',
  },
  {
    title: 'Beliefs and attitudes used to justify abuse',
    titleFr: 'Les croyances et attitudes qui servent à justifier la violence',
    summary: 'Messages about gender, power and control learned from family, friends and culture, and how they shape choices.',
    summaryFr: 'Les messages sur le genre, le pouvoir et le contrôle appris de la famille, des amis et de la culture, et leur influence sur les choix.',
  },
  {
    title: 'Respect in relationships',
    titleFr: 'Le respect dans les relations',
    summary: 'Why a partner is sometimes not treated with respect, and what respect looks like day to day.',
    summaryFr: 'Pourquoi on ne traite pas toujours sa partenaire avec respect, et à quoi ressemble le respect au quotidien.',
  },
  {
    title: 'Respectful communication',
    titleFr: 'Communications respectueuses',
    summary: 'Listening, speaking without threats or put-downs, and expressing feelings safely.',
    summaryFr: 'Écouter, parler sans menaces ni dénigrement, et exprimer ses émotions sans danger.',
  },
  {
    title: 'Conflict management',
    titleFr: 'Gestion des conflits',
    summary: 'Different ways to handle a conflict without abuse, including taking a time-out.',
    summaryFr: 'Différentes façons de gérer un conflit sans violence, dont la pause (« temps d’arrêt »).',
  },
  {
    title: 'Substance use and abuse',
    titleFr: 'Gestion de la toxicomanie',
    summary: 'How alcohol and drugs relate to abuse, without excusing it; where to get help.',
    summaryFr: 'Le lien entre l’alcool, les drogues et la violence, sans l’excuser; où obtenir de l’aide.',
  },
  {
    title: 'Accountability for one’s actions',
    titleFr: 'Responsabilisation à l’égard de ses actes',
    summary: 'Naming the harm done, its effects, and concrete steps to repair and to stop.',
    summaryFr: 'Nommer le tort causé et ses effets, et prendre des mesures concrètes pour réparer et cesser.',
  },
  {
    title: 'Warning signs of escalation',
    titleFr: 'Les signes avant-coureurs d’un acte de violence',
    summary: 'Recognising one’s own limits and the thoughts, feelings and situations that come before abuse.',
    summaryFr: 'Comprendre ses limites et reconnaître les pensées, émotions et situations qui précèdent la violence.',
  },
  {
    title: 'Non-violent strategies',
    titleFr: 'Stratégies non violentes',
    summary: 'A personal plan of non-violent responses, and support to rely on.',
    summaryFr: 'Un plan personnel de réactions non violentes et de soutiens sur lesquels compter.',
  },
  {
    title: 'Healthy relationships',
    titleFr: 'Des relations saines',
    summary: 'Equality, trust and shared decisions; the relationship one wants and the choices that lead there.',
    summaryFr: 'L’égalité, la confiance et les décisions partagées; la relation souhaitée et les choix qui y mènent.',
  },
  {
    title: 'Parenting and children after abuse; moving forward',
    titleFr: 'Être parent après la violence; aller de l’avant',
    summary: 'Being a role model for children, respecting court orders, and long-term support after the program.',
    summaryFr: 'Être un modèle pour les enfants, respecter les ordonnances du tribunal et trouver du soutien à long terme après le programme.',
  },
];
