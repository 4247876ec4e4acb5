/** Small lists of invented people's names, English and French (generated data, not people). */
export const menGiven = ['James', 'Michael', 'Robert', 'David', 'Daniel', 'Kevin', 'Jason', 'Ryan', 'Tyler', 'Brandon', 'Justin', 'Mark', 'Curtis', 'Omar', 'Ahmed', 'Raj', 'Wei', 'Luis', 'Carlos', 'Tremaine', 'Andre', 'Nathan', 'Cody', 'Dustin', 'Shawn', 'Travis', 'Derek', 'Ali', 'Hassan', 'Arjun'];
export const menGivenFr = ['Jean', 'Marc', 'Éric', 'Mathieu', 'Yannick', 'Sylvain', 'Luc', 'Stéphane', 'Martin', 'Patrick', 'François', 'Alexandre', 'Guillaume', 'Sébastien', 'Denis'];
export const womenGiven = ['Jennifer', 'Sarah', 'Jessica', 'Amanda', 'Melissa', 'Ashley', 'Nicole', 'Stephanie', 'Priya', 'Fatima', 'Lisa', 'Karen', 'Tanya', 'Crystal', 'Samantha'];
export const womenGivenFr = ['Marie', 'Julie', 'Nathalie', 'Chantal', 'Isabelle', 'Sophie', 'Geneviève', 'Mélanie', 'Émilie', 'Valérie', 'Josée', 'Annie'];
export const familyNames = ['Smith', 'Brown', 'Wilson', 'MacDonald', 'Taylor', 'Campbell', 'Anderson', 'Thompson', 'Martin', 'Lee', 'Patel', 'Singh', 'Nguyen', 'Chen', 'Khan', 'Ali', 'Williams', 'Johnson', 'Clarke', 'Bains', 'Bowman', 'Whitfield', 'Ferreira', 'Akers', 'Kelly', 'Reid', 'Grant', 'Scott', 'Morrison', 'Fraser', 'Harris', 'Young', 'King', 'Wright', 'Mitchell', 'Stewart', 'Ross', 'Hughes', 'Murray', 'Kaur'];
export const familyNamesFr = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Paquette', 'Girard', 'Simard', 'Caron', 'Charbonneau', 'Lalonde', 'Séguin'];
export const indigenousFamilyNames = ['Meekis', 'Kakegamic', 'Fiddler', 'Beardy', 'Moonias', 'Sutherland', 'Wesley', 'Linklater'];

export const streets = ['Main Street', 'King Street', 'Queen Street', 'Elm Avenue', 'Birch Avenue', 'Lakeshore Road', 'Church Street', 'Park Avenue', 'rue Principale', 'Maple Crescent', 'Victoria Street', 'Dundas Street'];

export const officeOfficers = ['Pat Officer', 'Jordan Reyes', 'Sam Nakamura', 'Chris Boucher', 'Taylor Osei', 'Morgan Lachance'];

export const courtCharges = ['assault', 'assault_with_weapon', 'uttering_threats', 'criminal_harassment', 'mischief', 'breach_of_order', 'forcible_confinement'];

export const contactNotes = [
  'Explained the program and the limits of confidentiality.',
  'Reviewed her safety plan; she feels safer.',
  'Told her about the absence this week.',
  'Gave the helpline number and the shelter list.',
  'Checked in; no new concerns.',
  'Expliqué le programme et les limites de la confidentialité.',
  'Révisé son plan de sécurité.',
];

export const observations = [
  'Attended regularly and took part in discussions; named his own choices and their effects on his partner.',
  'Engaged slowly at first, then took part; completed the accountability plan.',
  'Missed sessions without reason after the warning; did not return.',
  'A participé activement; a reconnu ses comportements de contrôle.',
];
